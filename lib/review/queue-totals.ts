// Everyone's candidate pairs per variant pair, per scope (run, dataset, gold), kept between
// requests: counting them walks every pair, which at 100,000 answers takes longer than the
// queue's 50 ms. A kept count is used while a cheap fingerprint of what makes pairs is unchanged:
// the newest answer id (ids are UUIDv7, so a new answer raises it), how many answers are still
// streaming (one finishing lowers it), and how many runs, turns and gold pairs there are (a
// deleted run or session takes its pairs along). Per process; a few scopes.
import "server-only";
import { db } from "../db/client";
import { candidates, type QueueFilter } from "./queue-candidates";
import { forgetDone } from "./queue-done";

export interface VariantPairTotal {
  x: string;
  y: string;
  n: number;
}

const holder = globalThis as unknown as { juxtaQueueTotals?: Map<string, { fingerprint: string; totals: Promise<VariantPairTotal[]> }> };
const kept = (holder.juxtaQueueTotals ??= new Map());
const MAX_SCOPES = 20;

/** What makes pairs, cheaply: when it moves, every kept count is counted again. (`c.id`, not
 * `id`: ORDER BY an unqualified name sorts by the output column, the text, over every answer.) */
export async function candidateFingerprint(): Promise<string> {
  const [row] = await db().$queryRaw<Array<{ value: string }>>`
    SELECT concat_ws('|',
      (SELECT c.id::text FROM "Completion" c ORDER BY c.id DESC LIMIT 1),
      (SELECT count(*) FROM "Completion" WHERE status = 'streaming'),
      (SELECT count(*) FROM "Run"),
      (SELECT count(*) FROM "Turn"),
      (SELECT count(*) FROM "GoldPair")) AS value`;
  return row!.value;
}

export async function candidateTotals(filter: QueueFilter, current: string): Promise<VariantPairTotal[]> {
  const key = scopeKey(filter);
  const entry = kept.get(key);
  if (entry?.fingerprint === current) return entry.totals;
  const totals = db().$queryRaw<VariantPairTotal[]>`
    SELECT LEAST(c.va, c.vb) AS x, GREATEST(c.va, c.vb) AS y, count(*)::int AS n
    FROM (${candidates(filter)}) c
    GROUP BY 1, 2`;
  // A failed count is not kept: the next request counts again.
  totals.catch(() => kept.delete(key));
  kept.delete(key);
  kept.set(key, { fingerprint: current, totals });
  if (kept.size > MAX_SCOPES) kept.delete(kept.keys().next().value!);
  return totals;
}

export function scopeKey(filter: QueueFilter): string {
  return JSON.stringify({ runId: filter.runId, datasetId: filter.datasetId, gold: filter.gold ?? false });
}

/** After a pick found nothing where the kept count said there was something (answers deleted in
 * a way the fingerprint does not see): count again, everyone's and every reviewer's. */
export function forgetTotals(filter: QueueFilter) {
  kept.delete(scopeKey(filter));
  forgetDone(filter);
}
