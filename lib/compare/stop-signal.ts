// Stopping an answer that may be streaming in another web process. A stop is announced with
// PostgreSQL's NOTIFY; every web process LISTENs and aborts the calls it runs itself
// (live-calls.ts). One listening connection per process, reconnected with backoff when the
// database goes away.
import "server-only";
import pg from "pg";
import { z } from "zod";
import { env } from "../config/env";
import { db } from "../db/client";
import { log } from "../log";
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

const holder = globalThis as unknown as { juxtaStopListener?: { close(): Promise<void> } };

/** Starts this process's listener (once). */
export function ensureStopListener(): void {
  if (holder.juxtaStopListener) return;
  let client: pg.Client | null = null;
  let closed = false;
  let attempt = 0;
  const connect = async () => {
    if (closed) return;
    const next = new pg.Client({ connectionString: env().DATABASE_URL, connectionTimeoutMillis: 5_000, application_name: "juxta-stop-listener" });
    const retry = () => {
      if (client !== next || closed) return;
      client = null;
      next.end().catch(() => {});
      setTimeout(() => void connect(), Math.min(5_000, 200 * 2 ** attempt++)).unref();
    };
    client = next;
    next.on("error", retry);
    next.on("end", retry);
    next.on("notification", (message) => {
      let payload: unknown;
      try {
        payload = JSON.parse(message.payload ?? "null");
      } catch {
        return;
      }
      const parsed = targetSchema.safeParse(payload);
      if (parsed.success) stopCalls(parsed.data);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
      attempt = 0;
    } catch (error) {
      log.debug("stop listener could not connect", { error: error instanceof Error ? error.message : String(error) });
      retry();
    }
  };
  void connect();
  holder.juxtaStopListener = {
    async close() {
      closed = true;
      await client?.end().catch(() => {});
    },
  };
}

export async function closeStopListener(): Promise<void> {
  await holder.juxtaStopListener?.close();
  holder.juxtaStopListener = undefined;
}
