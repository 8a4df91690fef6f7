// Scenarios 1 and 2: a replay through the real worker process — every completion persisted with
// its item — against a raw-SDK loop on the same requests in the same run (1), and against the ideal
// wall time when the provider takes realistic time (2).
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDataset, importCases } from "../lib/datasets/service";
import { db } from "../lib/db/client";
import { createPrompt } from "../lib/prompts/service";
import { renderTemplate } from "../lib/prompts/template";
import { createRun } from "../lib/runs/create-run";
import { seededRandom } from "../lib/stats/random";
import type { WireServer } from "../tests/fixtures/wire-server";
import type { Raw, Row } from "./report";
import type { BenchWorld } from "./world";

export interface ReplaySizes {
  prompts: number;
  variants: number;
  concurrency: number;
  /** Scenario 2: the provider's TTFT and the gap between its 50 chunks. */
  realisticTtftMs: number;
  realisticChunkMs: number;
}

export const REPLAY_TEMPLATE = [{ role: "user" as const, content: "Summarise in one line: {{text}}" }];
const WORDS = "latency budget provider variant answer token stream review baseline percentile".split(" ");
export const REPLAY_CHUNKS = Array.from({ length: 50 }, (_, i) => ` w${i}`);

/** Prompts of 5 to 2,000 words, the same every run. */
function promptTexts(count: number): string[] {
  const random = seededRandom(42);
  return Array.from({ length: count }, () => {
    const length = 5 + Math.floor(random() * 1996);
    return Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]).join(" ");
  });
}

async function waitForRun(id: string) {
  for (;;) {
    const run = await db().run.findUniqueOrThrow({ where: { id }, select: { status: true, startedAt: true, finishedAt: true } });
    if (run.status !== "queued" && run.status !== "running") return run;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The replay scenarios' prompt and dataset (named with `tag`), and the texts of its cases. */
export async function replayInputs(world: BenchWorld, sizes: Pick<ReplaySizes, "prompts">, tag: string) {
  const texts = promptTexts(sizes.prompts);
  const prompt = `bench-${tag}-${world.stamp}`;
  await createPrompt({ name: prompt, messages: REPLAY_TEMPLATE }, world.userId);
  const dataset = await createDataset({ name: `bench-${tag}-prompts-${world.stamp}` });
  await importCases(dataset.id, { format: "jsonl", content: texts.map((text) => JSON.stringify({ variables: { text } })).join("\n") });
  return { texts, prompt, dataset };
}

export async function replayScenarios(wire: WireServer, world: BenchWorld, sizes: ReplaySizes, rows: Row[], raw: Raw) {
  const { texts, prompt, dataset } = await replayInputs(world, sizes, "summarise");
  const models = world.models.slice(0, sizes.variants);
  const variants = world.variantNames.slice(0, sizes.variants);
  const requests = models.length * texts.length;

  // 1. Throughput with the provider at 0 ms: what Juxta itself costs per completion.
  for (const model of models) wire.behave(model, { chunks: REPLAY_CHUNKS, ttftMs: 0, chunkDelayMs: 0 });
  const sdk = await rawSdkLoop(wire, models, texts, sizes.concurrency);
  const { id } = await createRun({ kind: "replay", name: "bench throughput", prompt, dataset: dataset.name, variants, concurrency: sizes.concurrency }, world.userId);
  const run = await waitForRun(id);
  const juxtaSeconds = (run.finishedAt!.getTime() - run.startedAt!.getTime()) / 1000;
  const juxtaRate = requests / juxtaSeconds;
  const sdkRate = sdk.completions / (sdk.ms / 1000);
  const ratio = juxtaRate / sdkRate;
  raw.replay_throughput = { requests, juxtaSeconds, juxtaRate, sdkSeconds: sdk.ms / 1000, sdkRate, ratio, status: run.status, perItem: await perItemTimings(id) };
  rows.push({ scenario: "1. Replay throughput", measure: `completions/s, ${texts.length} prompts × ${models.length} variants at ${sizes.concurrency} (Juxta / raw SDK)`, value: `${juxtaRate.toFixed(0)} / ${sdkRate.toFixed(0)} = ${ratio.toFixed(2)}×`, target: "≥ 0.8×", met: ratio >= 0.8 });

  // 2. The same shape with a provider that takes realistic time: how close to the ideal wall time.
  for (const model of models) wire.behave(model, { chunks: REPLAY_CHUNKS, ttftMs: sizes.realisticTtftMs, chunkDelayMs: sizes.realisticChunkMs });
  const latencyMs = sizes.realisticTtftMs + (REPLAY_CHUNKS.length - 1) * sizes.realisticChunkMs;
  // The same requests through the raw SDK: how far the wire server's own timers drift from the
  // nominal latency under this load, which no client can beat.
  const sdkRealistic = await rawSdkLoop(wire, models, texts, sizes.concurrency);
  const realistic = await waitForRun((await createRun({ kind: "replay", name: "bench realistic", prompt, dataset: dataset.name, variants, concurrency: sizes.concurrency }, world.userId)).id);
  const wallSeconds = (realistic.finishedAt!.getTime() - realistic.startedAt!.getTime()) / 1000;
  const idealSeconds = ((requests / sizes.concurrency) * latencyMs) / 1000;
  const over = wallSeconds / idealSeconds - 1;
  const sdkSeconds = sdkRealistic.ms / 1000;
  raw.replay_realistic = { requests, latencyMs, wallSeconds, idealSeconds, over, sdkSeconds, sdkOver: sdkSeconds / idealSeconds - 1 };
  rows.push({ scenario: "2. Realistic latency", measure: `wall vs ideal, ${requests} requests at ${sizes.concurrency}, ${latencyMs} ms each`, value: `${wallSeconds.toFixed(1)} s vs ${idealSeconds.toFixed(1)} s (+${(over * 100).toFixed(1)}%)`, target: "within 5%", met: over <= 0.05 });
  rows.push({ scenario: "2. Realistic latency", measure: "raw SDK, same requests (the server's own drift)", value: `${sdkSeconds.toFixed(1)} s (+${((sdkSeconds / idealSeconds - 1) * 100).toFixed(1)}%)`, target: "—", met: null });
}

/** The raw-SDK baseline in its own process, run to completion before the Juxta run so the two
 * never compete for the CPU. Async: the wire server lives in this process's event loop. */
async function rawSdkLoop(wire: WireServer, models: string[], texts: string[], concurrency: number): Promise<{ ms: number; completions: number }> {
  const requests = texts.flatMap((text) => models.map((model) => ({ model, messages: renderTemplate(REPLAY_TEMPLATE, { text }) })));
  const file = path.join(mkdtempSync(path.join(tmpdir(), "juxta-bench-")), "job.json");
  writeFileSync(file, JSON.stringify({ baseURL: wire.openaiBaseUrl, concurrency, requests }));
  const tsx = path.resolve(import.meta.dirname, "..", "node_modules", "tsx", "dist", "cli.mjs");
  const child = spawn(process.execPath, [tsx, path.join(import.meta.dirname, "raw-sdk-loop.ts"), file], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`raw SDK loop failed: ${stderr}`);
  return JSON.parse(stdout.trim().split("\n").pop()!) as { ms: number; completions: number };
}

/** Where an item's slot time goes: from claim to save (the slot), of which the provider call. */
async function perItemTimings(runId: string) {
  const [row] = await db().$queryRaw<Array<{ slotMs: number; callMs: number; ttftMs: number }>>`
    SELECT avg(extract(epoch FROM i."finishedAt" - i."startedAt") * 1000)::float8 AS "slotMs", avg(c."totalMs")::float8 AS "callMs", avg(c."ttftMs")::float8 AS "ttftMs"
    FROM "RunItem" i JOIN "Completion" c ON c.id = i."completionId" WHERE i."runId" = ${runId}::uuid`;
  return row;
}
