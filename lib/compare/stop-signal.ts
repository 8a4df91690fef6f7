// Stopping an answer that may be streaming in another web process. A stop is announced with
// PostgreSQL's NOTIFY; every web process LISTENs and aborts the calls it runs itself
// (live-calls.ts), on the process's one listening connection (lib/db/listen.ts).
import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import { closeListener, listen } from "../db/listen";
import { stopCalls } from "./live-calls";

const CHANNEL = "juxta_compare_stop";
const targetSchema = z.object({ completionId: z.uuid().optional(), turnId: z.uuid().optional() }).strict();
export type StopTarget = z.infer<typeof targetSchema>;

/** Stops a session's streaming answer (or a whole turn) wherever it runs: here at once, in every
 * other web process through NOTIFY. Returns how many answers were streaming. */
export async function stopStreaming(sessionId: string, target: StopTarget): Promise<number> {
  const streaming = await db().completion.count({
    where: { status: "streaming", turn: { sessionId }, ...(target.completionId ? { id: target.completionId } : { turnId: target.turnId }) },
  });
  if (streaming === 0) return 0;
  stopCalls(target);
  await db().$executeRaw`SELECT pg_notify(${CHANNEL}, ${JSON.stringify(target)})`;
  return streaming;
}

let unlisten: (() => void) | null = null;

/** Starts this process's listener (once). */
export function ensureStopListener(): void {
  if (unlisten) return;
  unlisten = listen(CHANNEL, (payload) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(payload);
    } catch {
      return;
    }
    const target = targetSchema.safeParse(parsed);
    if (target.success) stopCalls(target.data);
  });
}

export async function closeStopListener(): Promise<void> {
  unlisten?.();
  unlisten = null;
  await closeListener();
}
