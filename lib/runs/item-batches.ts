// A run's items in planned order, a batch at a time: what the exports and the CI report walk, so a
// large run is never loaded at once.
import "server-only";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";

const BATCH = 1_000;

export async function* runItemBatches<I extends Prisma.RunItemInclude>(runId: string, include: I): AsyncGenerator<Array<Prisma.RunItemGetPayload<{ include: I }>>> {
  for (let skip = 0; ; skip += BATCH) {
    const rows = (await db().runItem.findMany({ where: { runId }, orderBy: { sequence: "asc" }, skip, take: BATCH, include })) as Array<Prisma.RunItemGetPayload<{ include: I }>>;
    if (rows.length > 0) yield rows;
    if (rows.length < BATCH) return;
  }
}
