// `juxta judge` as a user or CI runs it: a real process talking HTTP to our route handlers, a real
// worker taking the judging off the queue, judges on the wire server. Exit codes: 0 the judging
// finished, 1 it failed, 2 usage.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as judgingsRoute from "../../app/api/v1/runs/[id]/judgings/route";
import * as judgingRoute from "../../app/api/v1/judgings/[id]/route";
import * as cancelJudgingRoute from "../../app/api/v1/judgings/[id]/cancel/route";
import { db } from "../../lib/db/client";
import { startWorker, type RunningWorker } from "../../lib/worker/worker";
import { createRun } from "../../lib/runs/create-run";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { runJuxta } from "../helpers/juxta-cli";
import { startRouteServer } from "../helpers/route-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";
import { closeJobSender } from "../../lib/jobs/sender";

const CASES = 4;
let wire: WireServer;
let world: RunWorld;
let worker: RunningWorker;
let server: Awaited<ReturnType<typeof startRouteServer>>;
let runId = "";
let rubricFile = "";

const juxtaCli = (...args: string[]) => runJuxta(args, { ...process.env, JUXTA_URL: server.url, JUXTA_TOKEN: world.token });

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["good", "plain", "fair", "biased", "broken"], CASES, "-cli");
  wire.behave("good", { chunks: ["The", " MARKER", " answer"] });
  wire.behave("plain", { chunks: ["A", " plain", " answer"] });
  wire.behave("fair", {
    respond: (body) => {
      const prompt = (body.messages as Array<{ role: string; content: string }>).at(-1)!.content;
      const first = prompt.slice(prompt.indexOf("Answer 1:"), prompt.indexOf("Answer 2:"));
      return JSON.stringify({ winner: first.includes("MARKER") ? "first" : "second", reason: "It names the marker." });
    },
  });
  wire.behave("biased", { respond: () => '{"winner": "first", "reason": "First is best."}' });
  wire.behave("broken", { alwaysFault: { type: "status", status: 400, message: "no such model" } });
  worker = await startWorker(process.env.DATABASE_URL!);
  server = await startRouteServer({ "/api/v1/runs/[id]/judgings": judgingsRoute, "/api/v1/judgings/[id]": judgingRoute, "/api/v1/judgings/[id]/cancel": cancelJudgingRoute });
  const { id } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-good-cli", "v-plain-cli"] }, world.userId);
  runId = id;
  for (let waited = 0; (await db().run.findUniqueOrThrow({ where: { id } })).status !== "done"; waited += 100) {
    if (waited > 30_000) throw new Error("the run did not finish");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  rubricFile = path.join(await mkdtemp(path.join(tmpdir(), "juxta-judge-")), "rubric.txt");
  await writeFile(rubricFile, "The better answer names the MARKER.\n");
});
afterAll(async () => {
  await server?.close();
  await worker?.stop();
  await closeJobSender();
  await wire?.close();
});

describe("juxta judge", () => {
  it("judges the run in the worker and prints consistency, wins per pair and the judging's cost; exit 0", async () => {
    const result = await juxtaCli("judge", "--run", runId, "--judge", "v-fair-cli", "--rubric", rubricFile);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`${CASES} pairs, each in both orders, by v-fair-cli`);
    expect(result.stdout).toContain("Judged by v-fair-cli · done");
    // 4 of 4: Wilson's interval [4 / (4 + 1.96²), 1] = [51 %, 100 %].
    expect(result.stdout).toContain("consistent in both orders: 4 of 4 · 100 % (51–100 %, n = 4)");
    expect(result.stdout).toMatch(/v-good-cli vs v-plain-cli\s+4\s+0\s+0\s+0\s+0\s+0$/m);
    // 8 calls of 11 input tokens and 1 output token at $1 / $2 per million: $0.000104.
    expect(result.stdout).toMatch(/^judging cost \$0\.000104 · 8 calls · 88 input \/ 8 output tokens · mean \d+ ms per call$/m);
    expect(wire.requests.filter((request) => request.body.model === "fair")).toHaveLength(2 * CASES);
  });

  it("--json prints the judging and its verdicts; an order-biased judge shows as inconsistent", async () => {
    const result = await juxtaCli("judge", "--run", runId, "--judge", "v-biased-cli", "--rubric", rubricFile, "--json");
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.judging).toMatchObject({ status: "done", consistency: { n: CASES, consistent: 0, share: 0 } });
    expect(parsed.verdicts).toHaveLength(CASES);
    expect(parsed.verdicts.every((verdict: { choice: string; consistent: boolean }) => verdict.choice === "tie" && verdict.consistent === false)).toBe(true);
  });

  it("exits 1 when the judging failed", async () => {
    const failed = await juxtaCli("judge", "--run", runId, "--judge", "v-broken-cli", "--rubric", rubricFile);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain("failed (The judge gave no verdict on any pair");
    expect(failed.stdout).toMatch(/v-good-cli vs v-plain-cli\s+0\s+0\s+0\s+0\s+0\s+4$/m);
  });

  it("exits 2 on usage mistakes: no rubric, an unreadable rubric file, an unknown judge", async () => {
    const [noRubric, missingFile, unknownJudge] = await Promise.all([
      juxtaCli("judge", "--run", runId, "--judge", "v-fair-cli"),
      juxtaCli("judge", "--run", runId, "--judge", "v-fair-cli", "--rubric", path.join(path.dirname(rubricFile), "nope.txt")),
      juxtaCli("judge", "--run", runId, "--judge", "nobody", "--rubric", rubricFile),
    ]);
    expect(noRubric.code).toBe(2);
    expect(missingFile).toMatchObject({ code: 2, stderr: expect.stringContaining("Cannot read the rubric file") });
    expect(unknownJudge).toMatchObject({ code: 2, stderr: expect.stringContaining('A variant named "nobody" was not found.') });
  });
});
