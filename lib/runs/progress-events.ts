// A run's progress as it happens, for `juxta replay|load` and anyone else following a run: the
// executor NOTIFYs when it saved items or ended the run (the notify rides in the same statement,
// save-item.ts), and each follower re-reads the run then — at most every MIN_GAP_MS (at once for
// the executor's notice that the run ended), and every FALLBACK_MS without a notification (one
// may be lost while the listener reconnects, and a run cancelled through the API ends without its
// executor). A follower learns of the end within a round trip instead of within a poll interval.
import "server-only";
import { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { listen } from "../db/listen";
import { getRun, type RunView } from "./views";
import { Wakeup } from "./wakeup";

const CHANNEL = "juxta_run_progress";
const MIN_GAP_MS = 200;
const FALLBACK_MS = 2_000;

export type RunEvent = { type: "progress"; run: RunView } | { type: "ended"; run: RunView };

/** The payload that says the run ended: its follower reads it at once, without the gap. */
const endedPayload = (runId: string) => `${runId} ended`;

/** The NOTIFY that tells followers of `runId` to look again, as an expression for a statement. */
export function progressNotice(runId: string, ended = false): Prisma.Sql {
  return Prisma.sql`pg_notify(${CHANNEL}, ${ended ? endedPayload(runId) : runId})`;
}

/** `ended`: the executor finished the run (and kept its summary). */
export async function announceProgress(runId: string, options: { ended?: boolean } = {}): Promise<void> {
  await db().$executeRaw`SELECT ${progressNotice(runId, options.ended)}`;
}

export const hasEnded = (run: Pick<RunView, "status">) => run.status !== "queued" && run.status !== "running";

/** The run now, then again at every change, until it ends (the last event) or `signal` aborts.
 * `minGapMs`: the least time between two reads of a run still moving. */
export async function* runEvents(runId: string, signal: AbortSignal, first?: RunView, { minGapMs = MIN_GAP_MS } = {}): AsyncGenerator<RunEvent> {
  // Subscribed for the whole follow, so a notice that comes while the run is being read still
  // wakes the next wait (Wakeup keeps it).
  const wakeup = new Wakeup();
  const end = { noticed: false };
  const unlisten = listen(CHANNEL, (payload) => {
    if (payload === endedPayload(runId)) end.noticed = true;
    if (payload === runId || end.noticed) wakeup.notify();
  });
  const onAbort = () => wakeup.notify();
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    yield* follow(runId, signal, wakeup, end, first ?? (await getRun(runId)), minGapMs);
  } finally {
    unlisten();
    signal.removeEventListener("abort", onAbort);
  }
}

async function* follow(runId: string, signal: AbortSignal, wakeup: Wakeup, end: { noticed: boolean }, first: RunView, minGapMs: number): AsyncGenerator<RunEvent> {
  let run = first;
  let last = "";
  for (;;) {
    if (hasEnded(run)) {
      yield { type: "ended", run };
      return;
    }
    const seen = JSON.stringify(run.progress);
    if (seen !== last) yield { type: "progress", run };
    last = seen;
    const readAt = performance.now();
    await wakeup.wait(FALLBACK_MS);
    if (signal.aborted) return;
    // The end is read at once: the gap only spaces out reads of a run still moving.
    const gap = end.noticed ? 0 : minGapMs - (performance.now() - readAt);
    if (gap > 0) await new Promise((resolve) => setTimeout(resolve, gap));
    run = await getRun(runId);
  }
}
