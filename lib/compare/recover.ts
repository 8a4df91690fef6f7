import { db } from "../db/client";

/** At start: answers left "streaming" by a server that stopped mid-stream will never finish.
 * Say so, keeping their (possibly empty) text, instead of showing them as forever in progress. */
export async function markInterruptedCompletions(): Promise<number> {
  const { count } = await db().completion.updateMany({
    where: { status: "streaming" },
    data: { status: "error", errorKind: "unknown", errorMessage: "Interrupted: the server stopped while this answer was streaming.", finishedAt: new Date() },
  });
  return count;
}
