// Scenario 8: `juxta replay … --json` as a user runs it — a process started against a running
// server (our route handlers over HTTP) and a running `juxta worker`, from spawn to exit — against
// the raw-SDK loop as a process on the same requests, from spawn to exit. Both are plain JS at
// start (the CLI's bundle, the loop compiled once here), so neither pays for compiling TypeScript.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";
import * as comparisonsRoute from "../app/api/v1/runs/[id]/comparisons/route";
import * as eventsRoute from "../app/api/v1/runs/[id]/events/route";
import * as runRoute from "../app/api/v1/runs/[id]/route";
import * as summaryRoute from "../app/api/v1/runs/[id]/summary/route";
import * as runsRoute from "../app/api/v1/runs/route";
import { renderTemplate } from "../lib/prompts/template";
import type { WireServer } from "../tests/fixtures/wire-server";
import { startRouteServer } from "../tests/helpers/route-server";
import type { Raw, Row } from "./report";
import { REPLAY_CHUNKS, REPLAY_TEMPLATE, replayInputs, type ReplaySizes } from "./replay";
import type { WorkerProcess } from "./worker-process";
import type { BenchWorld } from "./world";

const root = path.resolve(import.meta.dirname, "..");

async function timedProcess(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ ms: number; stdout: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`${args.join(" ")} exited ${code}: ${stderr}`);
  return { ms, stdout };
}

/** The raw loop compiled to one JS file (next to node_modules, so `openai` resolves). */
async function compiledRawLoop(): Promise<string> {
  const outfile = path.join(root, "node_modules", ".cache", "juxta", "bench", "raw-sdk-loop.mjs");
  mkdirSync(path.dirname(outfile), { recursive: true });
  await build({ entryPoints: [path.join(import.meta.dirname, "raw-sdk-loop.ts")], outfile, bundle: true, platform: "node", format: "esm", packages: "external", logLevel: "error" });
  return outfile;
}

export async function replayEndToEnd(wire: WireServer, world: BenchWorld, worker: WorkerProcess, sizes: ReplaySizes, rows: Row[], raw: Raw) {
  const { texts, prompt, dataset } = await replayInputs(world, sizes, "e2e");
  const models = world.models.slice(0, sizes.variants);
  for (const model of models) wire.behave(model, { chunks: REPLAY_CHUNKS, ttftMs: 0, chunkDelayMs: 0 });
  const requests = texts.flatMap((text) => models.map((model) => ({ model, messages: renderTemplate(REPLAY_TEMPLATE, { text }) })));

  const job = path.join(mkdtempSync(path.join(tmpdir(), "juxta-bench-")), "job.json");
  writeFileSync(job, JSON.stringify({ baseURL: wire.openaiBaseUrl, concurrency: sizes.concurrency, requests }));
  const sdk = await timedProcess([await compiledRawLoop(), job]);

  const server = await startRouteServer({ "/api/v1/runs": runsRoute, "/api/v1/runs/[id]": runRoute, "/api/v1/runs/[id]/events": eventsRoute, "/api/v1/runs/[id]/summary": summaryRoute, "/api/v1/runs/[id]/comparisons": comparisonsRoute });
  try {
    const env = { ...process.env, JUXTA_URL: server.url, JUXTA_TOKEN: world.authorization.replace(/^Bearer /, "") };
    const workerCpuBefore = worker.cpuSeconds();
    const cli = await timedProcess([path.join(root, "bin", "juxta.js"), "replay", "--prompt", prompt, "--dataset", dataset.name, "--variants", world.variantNames.slice(0, sizes.variants).join(","), "--concurrency", String(sizes.concurrency), "--json"], env);
    const result = JSON.parse(cli.stdout) as { run: { status: string; progress: { done: number } } };
    if (result.run.status !== "done" || result.run.progress.done !== requests.length) throw new Error(`the replay did not complete: ${JSON.stringify(result.run.progress)}`);
    const juxtaRate = requests.length / (cli.ms / 1000);
    const sdkRate = requests.length / (sdk.ms / 1000);
    const ratio = juxtaRate / sdkRate;
    const workerCpu = workerCpuBefore === null ? null : worker.cpuSeconds()! - workerCpuBefore;
    const sdkCpu = (JSON.parse(sdk.stdout.trim().split("\n").pop()!) as { cpuSeconds: number }).cpuSeconds;
    // CPU per completion: the worker's (calls, claims, saves) against the raw loop's (calls alone).
    const cpuMs = { workerPerCompletion: workerCpu === null ? null : (workerCpu * 1000) / requests.length, sdkPerCompletion: (sdkCpu * 1000) / requests.length };
    raw.replay_end_to_end = { requests: requests.length, cliSeconds: cli.ms / 1000, sdkSeconds: sdk.ms / 1000, juxtaRate, sdkRate, ratio, cpuMs };
    if (cpuMs.workerPerCompletion !== null) rows.push({ scenario: "8. Replay end to end", measure: "CPU per completion: worker / raw SDK process", value: `${cpuMs.workerPerCompletion.toFixed(2)} / ${cpuMs.sdkPerCompletion.toFixed(2)} ms`, target: "—", met: null });
    rows.push({ scenario: "8. Replay end to end", measure: `\`juxta replay --json\` spawn → exit vs raw SDK process, ${texts.length} prompts × ${models.length} variants at ${sizes.concurrency} (completions/s)`, value: `${juxtaRate.toFixed(0)} / ${sdkRate.toFixed(0)} = ${ratio.toFixed(2)}× (${(cli.ms / 1000).toFixed(1)} s vs ${(sdk.ms / 1000).toFixed(1)} s)`, target: "≥ 0.8×", met: ratio >= 0.8 });
  } finally {
    await server.close();
  }
}
