// Scenario 6: a big CSV import through the real route handler (JSON body read, every line
// checked, then inserted in chunks in one transaction), timed from request to answer.
import { POST as importCases } from "../app/api/v1/datasets/[id]/import/route";
import { createDataset } from "../lib/datasets/service";
import { db } from "../lib/db/client";
import type { Raw, Row } from "./report";
import type { BenchWorld } from "./world";

export interface ImportSizes {
  lines: number;
}

const TARGET_SECONDS = 20;

/** Rows like a real eval set: a question, some context (quoted, with a comma), expected output, tags. */
function benchCsv(lines: number): string {
  const rows = ["question,context,expected,tags"];
  for (let i = 0; i < lines; i++) {
    rows.push(`How many widgets ship in order ${i}?,"Order ${i}: ${i % 97} boxes, ${i % 13} crates",${(i % 97) * 12 + (i % 13) * 40},"orders;batch-${i % 20}"`);
  }
  return rows.join("\n") + "\n";
}

export async function importScenario(world: BenchWorld, sizes: ImportSizes, rows: Row[], raw: Raw): Promise<void> {
  const dataset = await createDataset({ name: `bench-import-${world.stamp}` });
  const content = benchCsv(sizes.lines);
  const body = JSON.stringify({ format: "csv", content });
  const started = performance.now();
  const response = await importCases(
    new Request(`http://localhost/api/v1/datasets/${dataset.id}/import`, { method: "POST", headers: { authorization: world.authorization, "content-type": "application/json" }, body }),
    { params: Promise.resolve({ id: dataset.id }) },
  );
  const answer = (await response.json()) as { imported?: number; detail?: string };
  const seconds = (performance.now() - started) / 1000;
  const stored = await db().testCase.count({ where: { datasetId: dataset.id } });
  if (response.status !== 200 || answer.imported !== sizes.lines || stored !== sizes.lines) {
    throw new Error(`The bench import failed: ${response.status} ${answer.detail ?? ""} (${stored} of ${sizes.lines} cases stored)`);
  }
  raw.import = { lines: sizes.lines, megabytes: content.length / 1e6, seconds };
  rows.push({
    scenario: "6. Big import",
    measure: `${sizes.lines.toLocaleString("en")}-line CSV (${(content.length / 1e6).toFixed(1)} MB) through the route`,
    value: `${seconds.toFixed(1)} s`,
    target: `≤ ${TARGET_SECONDS} s`,
    met: seconds <= TARGET_SECONDS,
  });
}
