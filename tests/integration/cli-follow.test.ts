// `juxta replay` following its run: by the run's event stream (GET /runs/:id/events), not by
// polling; through a stream that drops (it opens it again); and against a server without the
// stream (it polls). A real CLI process, real route handlers over HTTP, a real worker.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as comparisonsRoute from "../../app/api/v1/runs/[id]/comparisons/route";
import * as eventsRoute from "../../app/api/v1/runs/[id]/events/route";
import * as runRoute from "../../app/api/v1/runs/[id]/route";
import * as summaryRoute from "../../app/api/v1/runs/[id]/summary/route";
import * as runsRoute from "../../app/api/v1/runs/route";
import { db } from "../../lib/db/client";
import { closeListener } from "../../lib/db/listen";
import { closeJobSender } from "../../lib/jobs/sender";
import { startWorker, type RunningWorker } from "../../lib/worker/worker";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { runJuxta } from "../helpers/juxta-cli";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";
import { startRouteServer, type RouteModule } from "../helpers/route-server";

let wire: WireServer;
let world: RunWorld;
let worker: RunningWorker;
const servers: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["echo"], 6);
  // One at a time, ~150 ms each: the run lasts about a second, long enough to be followed.
  wire.behave("echo", { echo: true, ttftMs: 100, chunkDelayMs: 10 });
  worker = await startWorker(process.env.DATABASE_URL!);
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await worker?.stop();
  await closeListener();
  await closeJobSender();
  await wire?.close();
});

/** A route server that counts the requests each route got; `events` replaces the stream route. */
async function serve(events: RouteModule | null) {
  const counts = { run: 0, events: 0 };
  const counted = (module: RouteModule, key: keyof typeof counts): RouteModule => ({
    GET: async (request, args) => {
      counts[key] += 1;
      return module.GET!(request, args);
    },
  });
  const server = await startRouteServer({
    "/api/v1/runs": runsRoute,
    "/api/v1/runs/[id]": counted(runRoute, "run"),
    "/api/v1/runs/[id]/summary": summaryRoute,
    "/api/v1/runs/[id]/comparisons": comparisonsRoute,
    ...(events ? { "/api/v1/runs/[id]/events": counted(events, "events") } : {}),
  });
  servers.push(server);
  return { counts, replay: () => runJuxta(["replay", "--prompt", world.promptName, "--dataset", world.datasetName, "--variants", "v-echo", "--concurrency", "1", "--json"], { ...process.env, JUXTA_URL: server.url, JUXTA_TOKEN: world.token }) };
}

async function expectFinishedRun(result: { code: number | null; stdout: string; stderr: string }) {
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  const { run } = JSON.parse(result.stdout) as { run: { id: string; status: string; progress: { done: number } } };
  expect(run).toMatchObject({ status: "done", progress: { done: 6 } });
  return run;
}

describe("juxta replay follows its run", () => {
  it("by the run's event stream: no polling, and it exits as soon as the run has ended", async () => {
    const { counts, replay } = await serve(eventsRoute);
    const result = await replay();
    const exitedAt = Date.now();
    const run = await expectFinishedRun(result);
    expect(counts.events).toBe(1);
    expect(counts.run).toBe(0); // a 1 s poll would have read the run at least once
    const { finishedAt } = await db().run.findUniqueOrThrow({ where: { id: run.id }, select: { finishedAt: true } });
    // The end reaches the CLI through the stream, then it reads the summary and exits: well
    // under the second a poll could add (slack for this shared machine).
    expect(exitedAt - finishedAt!.getTime()).toBeLessThan(3_000);
  });

  it("opens a dropped stream again and still ends with the finished run", async () => {
    let opened = 0;
    // The first two streams drop after their first event, as a proxy cutting the connection would.
    const dropping: RouteModule = {
      GET: async (request, args) => {
        const response = await eventsRoute.GET(request, args);
        if (++opened > 2) return response;
        const reader = response.body!.getReader();
        const body = new ReadableStream<Uint8Array>({
          async start(controller) {
            const first = await reader.read();
            if (!first.done) controller.enqueue(first.value);
            await reader.cancel();
            controller.error(new Error("connection cut"));
          },
        });
        return new Response(body, { headers: response.headers });
      },
    };
    const { counts, replay } = await serve(dropping);
    await expectFinishedRun(await replay());
    expect(counts.events).toBeGreaterThanOrEqual(3);
  });

  it("polls a server that has no event stream", async () => {
    const { counts, replay } = await serve(null);
    await expectFinishedRun(await replay());
    expect(counts.run).toBeGreaterThanOrEqual(1);
  });
});
