import "server-only";
import { db } from "../db/client";
import { forgetDeadInstances } from "../instances/registry";

/** Answers left "streaming" by an instance that died will never finish. Say so, keeping the text
 * flushed so far (turn-runner writes it at least every second), instead of showing them as
 * forever in progress. Answers of live instances — another web process — are left alone. */
export async function recoverInterruptedCompletions(): Promise<number> {
  await forgetDeadInstances();
  return db().$executeRaw`
    UPDATE "Completion" c
    SET status = 'error', "errorKind" = 'unknown', "finishedAt" = now(),
      "errorMessage" = 'Interrupted: the server stopped while this answer was streaming.'
    WHERE c.status = 'streaming'
      AND NOT EXISTS (SELECT 1 FROM "Instance" i WHERE i.id = c."instanceId")`;
}
