// `npm run bench [-- --quick] [--cold] [--scale] [--no-write] [--only 1,3,6] [--memory-items 10000]`: performance goals measured,
// never asserted (tests do not fail on timing). Prints a markdown table and writes
// bench/results/<timestamp>.json. See BENCHMARKS.md.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { disconnectDb } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrate";
import { startThrowawayPostgres } from "../lib/db/throwaway-postgres";
import { generateSecretKey } from "../lib/secrets/crypto";
import { startWireServer } from "../tests/fixtures/wire-server";
import { agreementScenario } from "./agreement";
import { coldStart } from "./cold-start";
import { compareOverhead } from "./compare-overhead";
import { importScenario } from "./import";
import { millionScenario } from "./million";
import { replayScenarios } from "./replay";
import { replayEndToEnd } from "./replay-cli";
import { markdownTable, type Raw, type Row } from "./report";
import { scaleScenario } from "./scale";
import { startWorkerProcess } from "./worker-process";
import { workerMemory } from "./worker-memory";
import { createBenchWorld } from "./world";
import { closeJobSender } from "../lib/jobs/sender";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const write = !args.includes("--no-write");
const cold = args.includes("--cold");
const scale = args.includes("--scale");
const onlyAt = args.indexOf("--only");
const only = onlyAt >= 0 ? new Set(args[onlyAt + 1]!.split(",")) : null;
const wanted = (scenario: string) => !only || only.has(scenario);
// Scenario 9's run sizes (items), e.g. `--memory-items 10000` for the smaller run alone.
const memoryAt = args.indexOf("--memory-items");
const memoryItems = memoryAt >= 0 ? args[memoryAt + 1]!.split(",").map(Number) : null;

const sizes = quick
  ? {
      compare: { turns: 2, chunks: 5, ttftMs: 20 },
      replay: { prompts: 8, variants: 2, concurrency: 4, realisticTtftMs: 20, realisticChunkMs: 1 },
      scale: { sessions: 10, turnsPerSession: 2, runCases: 20, votes: 20 },
      memory: [40],
      import: { lines: 2_000 },
      agreement: { ratings: 20_000 },
      million: { bigCases: 500, liveCases: 100, reviewCases: 100, votes: 200, reviewers: 2, liveSeconds: 3 },
    }
  : {
      compare: { turns: 15, chunks: 50, ttftMs: 200 },
      replay: { prompts: 500, variants: 4, concurrency: 16, realisticTtftMs: 200, realisticChunkMs: 5 },
      scale: { sessions: 1_000, turnsPerSession: 6, runCases: 6_500, votes: 5_000 },
      memory: [10_000, 100_000],
      import: { lines: 100_000 },
      agreement: { ratings: 20_000 },
      // JUXTA_BENCH_BIG_CASES: a smaller big run, to measure the other pages again without minutes of seeding.
      million: { bigCases: Number(process.env.JUXTA_BENCH_BIG_CASES ?? 250_000), liveCases: 25_000, reviewCases: 25_000, votes: 100_000, reviewers: 10, liveSeconds: 20 },
    };

async function main() {
  const database = process.env.DATABASE_URL ? null : await startThrowawayPostgres();
  process.env.DATABASE_URL ??= database!.url;
  process.env.JUXTA_SECRET_KEY ??= generateSecretKey();
  process.env.JUXTA_LOG_LEVEL ??= "warn";
  await applyMigrations(process.env.DATABASE_URL);
  const wire = await startWireServer();
  const rows: Row[] = [];
  const raw: Raw = {};
  const started = performance.now();
  try {
    const world = await createBenchWorld(wire);
    if (wanted("3")) await compareOverhead(wire, world, sizes.compare, rows, raw);
    if (wanted("1") || wanted("2") || wanted("8")) {
      const worker = startWorkerProcess();
      try {
        if (wanted("1") || wanted("2")) await replayScenarios(wire, world, sizes.replay, rows, raw);
        if (wanted("8")) await replayEndToEnd(wire, world, worker, sizes.replay, rows, raw);
      } finally {
        await worker.stop();
      }
    }
    if (wanted("9")) await workerMemory(wire, world, memoryItems ?? sizes.memory, rows, raw);
    if (wanted("4")) await scaleScenario(world, sizes.scale, rows, raw);
    if (wanted("6")) await importScenario(world, sizes.import, rows, raw);
    if (wanted("7")) agreementScenario(sizes.agreement, rows, raw);
    if ((scale || quick) && wanted("10")) await millionScenario(world, sizes.million, rows, raw);
    if (cold && wanted("5")) await coldStart(rows, raw);
    else rows.push({ scenario: "5. Cold start", measure: "fresh clone → first page", value: "run with --cold", target: "—", met: null });
  } finally {
    await closeJobSender();
    await wire.close();
    await disconnectDb();
    await database?.stop();
  }
  rows.sort((a, b) => a.scenario.localeCompare(b.scenario));
  const minutes = (performance.now() - started) / 60_000;
  console.log(`\nJuxta bench${quick ? " (quick)" : ""} — ${new Date().toISOString()} — ${minutes.toFixed(1)} min\n\n${markdownTable(rows)}\n`);
  if (write) {
    const dir = path.join(import.meta.dirname, "results");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}${quick ? "-quick" : ""}.json`);
    writeFileSync(file, JSON.stringify({ quick, sizes, minutes, rows, raw }, null, 2));
    console.log(`Wrote ${path.relative(process.cwd(), file)}`);
  }
  // The schema engine leaves a timer behind after migrating; nothing else is left to wait for.
  process.exit(0);
}

await main();
