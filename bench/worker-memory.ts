// Scenario 9: the peak memory of a fresh `juxta worker` through a large replay at 0 ms provider
// latency, by default (no flags): 10,000 items and 100,000 items, every case carrying ~1 KB of
// text so that holding all of a run's cases would show. The worker is the command's child that
// runs with the heap cap (bin/heap-cap.js); the command itself only waits for it, and is shown apart.
import { createDataset } from "../lib/datasets/service";
import { db } from "../lib/db/client";
import { createPrompt } from "../lib/prompts/service";
import { createRun } from "../lib/runs/create-run";
import type { WireServer } from "../tests/fixtures/wire-server";
import type { Raw, Row } from "./report";
import { startWorkerProcess } from "./worker-process";
import type { BenchWorld } from "./world";

export async function workerMemory(wire: WireServer, world: BenchWorld, runs: number[], rows: Row[], raw: Raw) {
  for (const model of world.models) wire.behave(model, { chunks: Array.from({ length: 50 }, (_, i) => ` w${i}`), ttftMs: 0, chunkDelayMs: 0 });
  const prompt = `bench-memory-${world.stamp}`;
  await createPrompt({ name: prompt, messages: [{ role: "user", content: "Case {{n}}: {{text}}" }] }, world.userId);
  for (const items of runs) {
    const cases = Math.ceil(items / world.variantNames.length);
    const dataset = await createDataset({ name: `bench-memory-${items}-${world.stamp}` });
    await db().$executeRaw`
      INSERT INTO "TestCase" (id, "datasetId", position, variables, "updatedAt")
        SELECT gen_random_uuid(), ${dataset.id}::uuid, g, jsonb_build_object('n', g, 'text', repeat('latency budget ' || g || ' ', 64)), now() FROM generate_series(0, ${cases - 1}) g`;
    const worker = startWorkerProcess();
    const started = performance.now();
    try {
      const { id } = await createRun({ kind: "replay", name: `bench memory ${items}`, prompt, dataset: dataset.name, variants: world.variantNames, concurrency: 16 }, world.userId);
      for (;;) {
        const run = await db().run.findUniqueOrThrow({ where: { id }, select: { status: true } });
        if (run.status !== "queued" && run.status !== "running") break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      const peak = worker.peakRss();
      const seconds = (performance.now() - started) / 1000;
      raw[`worker_rss_${items}`] = { items: cases * world.variantNames.length, seconds, ...peak };
      const value = peak.workerMb === null ? "not measurable here" : `${peak.workerMb.toFixed(0)} MB (the command waiting for it: ${peak.launcherMb?.toFixed(0) ?? "–"} MB)`;
      rows.push({ scenario: "9. Worker memory", measure: `worker peak RSS, ${(cases * world.variantNames.length).toLocaleString("en")}-item run, defaults`, value, target: "≤ 300 MB", met: peak.workerMb === null ? null : peak.workerMb <= 300 });
    } finally {
      await worker.stop();
    }
  }
}
