// Following a run until it ends: the run's event stream (GET /runs/:id/events, server-sent
// events) tells the CLI of each change and of the end as it happens. A stream that drops is
// opened again — with one look at the run in between, in case it ended meanwhile — and a server
// without the stream (an older Juxta), or one that keeps dropping it, is polled instead. The
// stream is read raw; every other look goes through the typed client.
import { runsApi, type RunJson } from "../api-client/runs";
import { readSse } from "../api/sse-parse";
import { UsageError, type ApiClient } from "./api-client";
import type { ProgressDisplay } from "./progress-display";

const POLL_MS = 1_000;
/** Streams opened in a row without an event before the CLI gives up on them and polls. */
const MAX_FAILURES = 5;

/** An event of the stream: the run as GET /runs/{id} answers it. */
type RunEvent = { type: "progress" | "ended"; run: RunJson };

const ended = (run: Pick<RunJson, "status">) => run.status !== "queued" && run.status !== "running";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function followRun(api: ApiClient, id: string, display: ProgressDisplay): Promise<RunJson> {
  const runs = runsApi(api.transport);
  let failures = 0;
  for (;;) {
    const stream = await api.stream(`/runs/${encodeURIComponent(id)}/events`).catch((error: unknown) => {
      if (error instanceof UsageError) throw error;
      return null; // cannot connect now: counts as a dropped stream
    });
    if (stream?.status === 404 || stream?.status === 405) return pollRun(runs, id, display);
    if (stream?.ok && stream.body) {
      try {
        for await (const message of readSse(stream.body)) {
          const event = JSON.parse(message.data) as RunEvent;
          display.update(event.run.progress, event.type === "ended");
          if (event.type === "ended") return event.run;
          failures = 0;
        }
      } catch {
        // dropped mid-stream
      }
    } else {
      await stream?.body?.cancel().catch(() => {});
    }
    failures += 1;
    const { run } = await runs.get(id);
    if (ended(run)) {
      display.update(run.progress, true);
      return run;
    }
    if (failures >= MAX_FAILURES) return pollRun(runs, id, display);
    await sleep(Math.min(POLL_MS, 100 * 2 ** failures));
  }
}

async function pollRun(runs: ReturnType<typeof runsApi>, id: string, display: ProgressDisplay): Promise<RunJson> {
  for (;;) {
    const { run } = await runs.get(id);
    display.update(run.progress, ended(run));
    if (ended(run)) return run;
    await sleep(POLL_MS);
  }
}
