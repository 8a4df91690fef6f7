// A run's items in planned order, a batch at a time: what the exports and the CI report walk, so a
// large run is never loaded at once. Each batch starts after the last one's sequence (keyset on
// the run's (runId, sequence) index), so a batch deep in a million-item run costs what the first
// does — OFFSET would walk every item before it.
import "server-only";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";

const BATCH = 1_000;

export async function* runItemBatches<I extends Prisma.RunItemInclude>(runId: string, include: I, batch = BATCH): AsyncGenerator<Array<Prisma.RunItemGetPayload<{ include: I }>>> {
  for (let after = -1; ; ) {
    const rows = (await db().runItem.findMany({ where: { runId, sequence: { gt: after } }, orderBy: { sequence: "asc" }, take: batch, include })) as Array<Prisma.RunItemGetPayload<{ include: I }>>;
    if (rows.length > 0) yield rows;
    if (rows.length < batch) return;
    after = rows.at(-1)!.sequence;
  }
}
