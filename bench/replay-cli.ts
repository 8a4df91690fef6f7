// Scenario 8: `juxta replay … --json` as a user runs it — a process started against a running
// server (our route handlers over HTTP, in a process of their own) and a running `juxta worker`,
// from spawn to exit — against the raw-SDK loop as a process on the same requests, from spawn to
// exit. Both are plain JS at start (the CLI's bundle, the loop compiled once here), so neither
// pays for compiling TypeScript. Also where the time goes: CPU seconds per process on each side
// and the wall-clock phases of the replay (replay-split.ts).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { renderTemplate } from "../lib/prompts/template";
import type { WireServer } from "../tests/fixtures/wire-server";
import { postmasterPid } from "./process-cpu";
import { statementsProfile } from "./pg-statements";
import type { Raw, Row } from "./report";
import { REPLAY_CHUNKS, REPLAY_TEMPLATE, replayInputs, type ReplaySizes } from "./replay";
import { cpuMeter, replayPhases, splitRows, startWebProcess } from "./replay-split";
import type { WorkerProcess } from "./worker-process";
import type { BenchWorld } from "./world";

const root = path.resolve(import.meta.dirname, "..");

interface TimedProcess {
  ms: number;
  /** Spawn, the last output and exit, in ms since the epoch. */
  startedAt: number;
  printedAt: number;
  exitedAt: number;
  stdout: string;
}

async function timedProcess(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<TimedProcess> {
  const startedAt = Date.now();
  const started = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  let printedAt = startedAt;
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
    printedAt = Date.now();
  });
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`${args.join(" ")} exited ${code}: ${stderr}`);
  return { ms, startedAt, printedAt, exitedAt: Date.now(), stdout };
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
  const rawLoop = await compiledRawLoop();
  const web = await startWebProcess();
  const statements = await statementsProfile(process.env.DATABASE_URL!);
  try {
    const meter = cpuMeter(worker, web, await postmasterPid(process.env.DATABASE_URL!));
    const sdkMeasure = meter.start();
    // JUXTA_BENCH_CPU_PROF=<dir>: the raw loop's profile too, in <dir>/raw, to set beside the worker's.
    const rawProfile = process.env.JUXTA_BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${path.join(process.env.JUXTA_BENCH_CPU_PROF, "raw")}`] : [];
    const sdk = await timedProcess([...rawProfile, rawLoop, job]);
    const sdkCpu = sdkMeasure.stop();

    const env = { ...process.env, JUXTA_URL: web.url, JUXTA_TOKEN: world.authorization.replace(/^Bearer /, "") };
    const replay = (datasetName: string) => [path.join(root, "bin", "juxta.js"), "replay", "--prompt", prompt, "--dataset", datasetName, "--variants", world.variantNames.slice(0, sizes.variants).join(","), "--concurrency", String(sizes.concurrency), "--json"];
    // The server and the worker are running services: a small replay first, so neither pays in the
    // measured one for what only a fresh process does once (loading modules, compiling queries).
    const warm = await replayInputs(world, { prompts: 4 }, "e2e-warm");
    await timedProcess(replay(warm.dataset.name), env);
    await statements?.reset();
    const juxtaMeasure = meter.start();
    const cli = await timedProcess(replay(dataset.name), env);
    const juxtaCpu = juxtaMeasure.stop();
    const result = JSON.parse(cli.stdout) as { run: { id: string; status: string; progress: { done: number } } };
    if (result.run.status !== "done" || result.run.progress.done !== requests.length) throw new Error(`the replay did not complete: ${JSON.stringify(result.run.progress)}`);
    const juxtaRate = requests.length / (cli.ms / 1000);
    const sdkRate = requests.length / (sdk.ms / 1000);
    const ratio = juxtaRate / sdkRate;
    const phases = await replayPhases(result.run.id, cli);
    const topStatements = (await statements?.top(12)) ?? null;
    // CPU per completion: the worker's (calls, claims, saves) against the raw loop's (calls alone).
    const cpuMs = { workerPerCompletion: juxtaCpu.worker === null ? null : (juxtaCpu.worker * 1000) / requests.length, sdkPerCompletion: sdkCpu.client === null ? null : (sdkCpu.client * 1000) / requests.length };
    raw.replay_end_to_end = { requests: requests.length, cliSeconds: cli.ms / 1000, sdkSeconds: sdk.ms / 1000, juxtaRate, sdkRate, ratio, cpuMs, cpuSeconds: { juxta: juxtaCpu, sdk: sdkCpu }, phases, topStatements };
    rows.push({ scenario: "8. Replay end to end", measure: `\`juxta replay --json\` spawn → exit vs raw SDK process, ${texts.length} prompts × ${models.length} variants at ${sizes.concurrency} (completions/s)`, value: `${juxtaRate.toFixed(0)} / ${sdkRate.toFixed(0)} = ${ratio.toFixed(2)}× (${(cli.ms / 1000).toFixed(1)} s vs ${(sdk.ms / 1000).toFixed(1)} s)`, target: "≥ 0.8×", met: ratio >= 0.8 });
    if (cpuMs.workerPerCompletion !== null && cpuMs.sdkPerCompletion !== null) rows.push({ scenario: "8. Replay end to end", measure: "CPU per completion: worker / raw SDK process", value: `${cpuMs.workerPerCompletion.toFixed(2)} / ${cpuMs.sdkPerCompletion.toFixed(2)} ms`, target: "—", met: null });
    rows.push(...splitRows(juxtaCpu, sdkCpu, phases));
  } finally {
    await statements?.close();
    await web.stop();
  }
}
