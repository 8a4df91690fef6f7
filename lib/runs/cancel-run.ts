// Cancelling a run: no new calls start; what finished stays. The executor sees the status,
// aborts its calls in flight (saved as cancelled with their partial text) and closes the run.
import "server-only";
import { conflict, notFound } from "../api/errors";
import { db } from "../db/client";
import { snapshotRunSummary } from "./summary";

export async function cancelRun(id: string): Promise<void> {
  const run = await db().run.findUnique({ where: { id }, select: { status: true, executorId: true } });
  if (!run) throw notFound("That run");
  if (run.status !== "queued" && run.status !== "running") throw conflict(`The run has already ${run.status === "done" ? "finished" : run.status === "cancelled" ? "been cancelled" : "failed"}.`);
  await db().$transaction([
    db().run.update({ where: { id }, data: { status: "cancelled", cancelledAt: new Date(), ...(run.executorId === null && { finishedAt: new Date() }) } }),
    db().runItem.updateMany({ where: { runId: id, status: "pending" }, data: { status: "cancelled", finishedAt: new Date() } }),
  ]);
  // A run nobody was executing ends here; one in flight is snapshotted by its executor.
  if (run.executorId === null) await snapshotRunSummary(id);
}
