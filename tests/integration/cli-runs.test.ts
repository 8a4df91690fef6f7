// `juxta replay|load|runs show` as CI runs them: a real process talking HTTP to our route
// handlers, a real worker, the wire server. Exit codes: 0 pass, 1 a --fail-on tripped, 2 usage.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as cancelRoute from "../../app/api/v1/runs/[id]/cancel/route";
import * as comparisonsRoute from "../../app/api/v1/runs/[id]/comparisons/route";
import * as eventsRoute from "../../app/api/v1/runs/[id]/events/route";
import * as runRoute from "../../app/api/v1/runs/[id]/route";
import * as summaryRoute from "../../app/api/v1/runs/[id]/summary/route";
import * as runsRoute from "../../app/api/v1/runs/route";
import { startWorker, type RunningWorker } from "../../lib/worker/worker";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";
import { runJuxta } from "../helpers/juxta-cli";
import { startRouteServer } from "../helpers/route-server";
import { closeJobSender } from "../../lib/jobs/sender";
import { closeListener } from "../../lib/db/listen";

let wire: WireServer;
let world: RunWorld;
let worker: RunningWorker;
let server: Awaited<ReturnType<typeof startRouteServer>>;

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["echo", "broken"], 5);
  // A first token after 100 ms makes latency the wire server's, not this busy machine's: the
  // p95-regression gate below compares two runs of the same answers.
  wire.behave("echo", { echo: true, chunkDelayMs: 1, ttftMs: 100 });
  wire.behave("broken", { alwaysFault: { type: "status", status: 400, message: "bad model" } });
  worker = await startWorker(process.env.DATABASE_URL!);
  server = await startRouteServer({
    "/api/v1/runs": runsRoute,
    "/api/v1/runs/[id]": runRoute,
    "/api/v1/runs/[id]/summary": summaryRoute,
    "/api/v1/runs/[id]/cancel": cancelRoute,
    "/api/v1/runs/[id]/comparisons": comparisonsRoute,
    // Followed by its event stream, as against a real server (cli-follow.test.ts: without it).
    "/api/v1/runs/[id]/events": eventsRoute,
  });
});
afterAll(async () => {
  await server?.close();
  await worker?.stop();
  await closeJobSender();
  await closeListener();
  await wire?.close();
});

const juxtaCli = (...args: string[]) => runJuxta(args, { ...process.env, JUXTA_URL: server.url, JUXTA_TOKEN: world.token });

describe("juxta replay / load / runs show", () => {
  let passingRunId = "";

  it("exits 0 with a table when the run passes, and --json prints the same run for machines", async () => {
    const result = await juxtaCli("replay", "--prompt", world.promptName, "--dataset", world.datasetName, "--variants", "v-echo", "--fail-on", "assertions", "--fail-on", "errors>0");
    expect(result.stderr).toContain("5/5 100%");
    expect(result.code).toBe(0);
    // The pass rate with its Wilson interval: 5 of 5 → [5 / (5 + 1.96²), 1] = [0.5655, 1].
    expect(result.stdout).toMatch(/v-echo\s+5\/5\s+100 % \(57–100 %, n = 5\)\s+0 · 0 %/);
    expect(result.stdout).toMatch(/^estimated \$0\.\d+ · spent \$0\.\d+$/m);

    const json = await juxtaCli("replay", "--prompt", world.promptName, "--dataset", world.datasetName, "--variants", "v-echo", "--name", "nightly gate", "--json");
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout);
    expect(parsed).toMatchObject({ run: { name: "nightly gate", status: "done", progress: { done: 5 } }, failed: [] });
    expect(parsed.summary.variants[0]).toMatchObject({ passRate: 1 });
    expect(parsed.comparisons).toEqual([]); // one variant, no baseline: nothing to compare
    passingRunId = parsed.run.id;
  });

  it("gates on evidence against the baseline, and needs one to do so", async () => {
    // The same answers again: no significant drop, so `regression` does not trip; nor does the
    // latency gate, set where a loaded machine's noise (two test files at once on two cores made
    // the 100 ms answers consistently slower than the baseline's) cannot reach it.
    const same = await juxtaCli("replay", "--prompt", world.promptName, "--dataset", world.datasetName, "--variants", "v-echo", "--baseline", passingRunId, "--fail-on", "regression", "--fail-on", "p95-regression>200%", "--json");
    expect(same.code, same.stderr + same.stdout.slice(0, 300)).toBe(0);
    const parsed = JSON.parse(same.stdout);
    expect(parsed.comparisons.find((comparison: { metric: string }) => comparison.metric === "pass_rate")).toMatchObject({ kind: "runs", n: 5, difference: 0, significant: false });
    const noBaseline = await juxtaCli("replay", "--prompt", world.promptName, "--dataset", world.datasetName, "--variants", "v-echo", "--fail-on", "regression");
    expect(noBaseline.code).toBe(2);
    expect(noBaseline.stderr).toContain("add --baseline RUN_ID");
  });

  it("exits 1 when a --fail-on condition trips, and says which", async () => {
    const result = await juxtaCli("replay", "--prompt", world.promptName, "--dataset", world.datasetName, "--variants", "v-echo,v-broken", "--fail-on", "assertions", "--baseline", passingRunId);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("FAIL v-broken: 5 of 5 answers failed their assertions or errored.");
    expect(result.stderr).not.toContain("FAIL v-echo");
    expect(result.stdout).toContain("vs baseline");

    const slow = await juxtaCli("runs", "show", passingRunId, "--fail-on", "p95>0");
    expect(slow.code).toBe(1);
    expect(slow.stderr).toMatch(/FAIL v-echo: p95 total \d+ ms > 0 ms\./);
    expect((await juxtaCli("runs", "show", passingRunId, "--fail-on", "cost>1")).code).toBe(0);
  });

  it("runs a load sweep with a row per level", async () => {
    const result = await juxtaCli("load", "--prompt", world.promptName, "--variant", "v-echo", "--requests", "4", "--concurrency", "1,2", "--var", "country=Peru", "--name", "Peru sweep");
    expect(result.code).toBe(0);
    // --name names the run: the report's first line, and the runs list.
    expect(result.stdout.split("\n")[0]).toBe("Peru sweep · load · done");
    const { runs } = (await fetch(`${server.url}/api/v1/runs?q=Peru%20sweep`, { headers: { authorization: `Bearer ${world.token}` } }).then((response) => response.json())) as { runs: { name: string; kind: string }[] };
    expect(runs.map((run) => [run.name, run.kind])).toEqual([["Peru sweep", "load"]]);
    expect(result.stdout).toMatch(/v-echo @1\s+4\/4/);
    expect(result.stdout).toMatch(/v-echo @2\s+4\/4/);
  });

  it("exits 2 on usage errors: flags, unknown names, missing variables", async () => {
    const unknown = await juxtaCli("replay", "--prompt", world.promptName, "--dataset", world.datasetName, "--variants", "nope");
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.stderr).toContain('A variant named "nope" was not found.');
    const missing = await juxtaCli("load", "--prompt", world.promptName, "--variant", "v-echo", "--requests", "2", "--concurrency", "1");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("No value for {{country}}");
    expect((await juxtaCli("replay", "--prompt", "p")).code).toBe(2);
    expect((await juxtaCli("load", "--prompt", "p", "--variant", "v", "--requests", "3", "--concurrency", "0,2")).code).toBe(2);
  });
});
