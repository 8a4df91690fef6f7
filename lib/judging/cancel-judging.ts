// Cancelling a judging: no new pair starts; the pair in flight and what was judged stay.
import "server-only";
import { conflict, notFound } from "../api/errors";
import { db } from "../db/client";

export async function cancelJudging(id: string): Promise<void> {
  const judging = await db().judging.findUnique({ where: { id }, select: { status: true, startedAt: true } });
  if (!judging) throw notFound("That judging");
  if (judging.status !== "queued" && judging.status !== "running") throw conflict(`The judging has already ${judging.status === "done" ? "finished" : judging.status === "cancelled" ? "been cancelled" : "failed"}.`);
  // Not started yet: it ends here. Under way: its executor sees the status before the next pair.
  await db().judging.updateMany({
    where: { id, status: { in: ["queued", "running"] } },
    data: { status: "cancelled", ...(judging.status === "queued" && { finishedAt: new Date() }) },
  });
}
