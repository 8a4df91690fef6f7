// Routing what-ifs over a real finished replay (wire server, real executor, real Postgres): the
// projections must match figures worked out by hand from the stored answers. v-cheap answers
// "Country1 Country3" to everything, so it passes cases 1 and 3 only; v-flaky's first two calls
// (cases 0 and 1, at concurrency 1) fail with a 400; v-echo passes everything.
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as routingRoute from "../../app/api/v1/runs/[id]/routing/route";
import * as policiesRoute from "../../app/api/v1/routing-policies/route";
import * as policyRoute from "../../app/api/v1/routing-policies/[id]/route";
import * as versionsRoute from "../../app/api/v1/routing-policies/[id]/versions/route";
import { createApiToken } from "../../lib/auth/api-tokens";
import { createUser } from "../../lib/auth/users";
import { db } from "../../lib/db/client";
import { createRun } from "../../lib/runs/create-run";
import { executeRun } from "../../lib/runs/execute-run";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { runJuxta } from "../helpers/juxta-cli";
import { startRouteServer } from "../helpers/route-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";
import { closeJobSender } from "../../lib/jobs/sender";

let wire: WireServer;
let world: RunWorld;
let server: Awaited<ReturnType<typeof startRouteServer>>;
let reviewerToken = "";
let runId = "";
/** The stored answer of each variant to each case, by variant name and case index. */
const answers = new Map<string, { status: string; passed: boolean; costUsd: number; totalMs: number }>();
const answer = (variant: string, index: number) => answers.get(`${variant}/${index}`)!;

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["cheap", "flaky", "echo", "judge"], 5);
  wire.behave("cheap", { chunks: ["Country1", " Country3"] });
  wire.behave("flaky", { echo: true, faults: [{ type: "status", status: 400, message: "no" }, { type: "status", status: 400, message: "no" }] });
  wire.behave("echo", { echo: true, ttftMs: 20 });
  // A judge that grades every answer 2 of 5.
  wire.behave("judge", { chunks: ['{"score": 2, "reason": "thin"}'] });
  const reviewer = await createUser({ name: "Reviewer", email: "reviewer@example.com", password: "long-enough", role: "reviewer" });
  reviewerToken = (await createApiToken(reviewer.id, "ci")).token;
  ({ id: runId } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-cheap", "v-flaky", "v-echo"], concurrency: 1 }, world.userId));
  expect(await executeRun(runId, { pollMs: 50 })).toBe("finished");
  const items = await db().runItem.findMany({ where: { runId }, include: { completion: true, testCase: true, variant: true } });
  for (const item of items) {
    const index = Number(/Country(\d+)/.exec(JSON.stringify(item.testCase!.variables))![1]);
    answers.set(`${item.variant.name}/${index}`, { status: item.status, passed: item.passed === true, costUsd: Number(item.completion!.costUsd ?? 0), totalMs: item.completion!.totalMs ?? 0 });
  }
  server = await startRouteServer({ "/api/v1/runs/[id]/routing": routingRoute });
});
afterAll(async () => {
  await server?.close();
  await closeJobSender();
  await wire?.close();
});

async function call(handler: (request: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>, url: string, body?: unknown, token = world.token, params: Record<string, string> = {}) {
  const response = await handler(
    new Request(`http://localhost/api/v1${url}`, { method: body === undefined ? "GET" : "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) }),
    { params: Promise.resolve(params) },
  );
  return { status: response.status, body: await response.json() };
}
const project = (body: unknown, token = world.token) => call(routingRoute.POST, `/runs/${runId}/routing`, body, token, { id: runId });

/** percentile_cont by hand for five values: p50 is the middle one, p95 sits 0.8 of the way from the 4th to the 5th. */
function p50p95(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return [sorted[2]!, sorted[3]! + 0.8 * (sorted[4]! - sorted[3]!)];
}
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const cascade = { kind: "cascade", steps: ["v-cheap", "v-echo"], escalateOn: { assertionFails: true, error: true } };

describe("routing what-ifs over a finished replay", () => {
  it("the replay answered as planned", () => {
    expect([0, 1, 2, 3, 4].map((k) => answer("v-cheap", k).passed)).toEqual([false, true, false, true, false]);
    expect([0, 1, 2, 3, 4].map((k) => answer("v-flaky", k).status)).toEqual(["error", "error", "done", "done", "done"]);
    expect([0, 1, 2, 3, 4].every((k) => answer("v-echo", k).passed)).toBe(true);
  });

  it("a cascade escalates on exactly the failing cases, with both calls' cost and time", async () => {
    const { status, body } = await project({ policy: cascade });
    expect(status).toBe(200);
    const { result, variants, bestVariantId } = body.projection;
    const escalated = [0, 2, 4];
    const latencies = [0, 1, 2, 3, 4].map((k) => answer("v-cheap", k).totalMs + (escalated.includes(k) ? answer("v-echo", k).totalMs : 0));
    const cost = sum([0, 1, 2, 3, 4].map((k) => answer("v-cheap", k).costUsd)) + sum(escalated.map((k) => answer("v-echo", k).costUsd));
    expect(result).toMatchObject({ cases: 5, passRate: 1, errorRate: 0, escalatedCases: 3, callsPerCase: 8 / 5 });
    expect(result.costUsd).toBeCloseTo(cost, 10);
    expect(result.costPerUsefulAnswerUsd).toBeCloseTo(cost / 5, 10);
    const [p50, p95] = p50p95(latencies);
    expect(result.latencyP50Ms).toBeCloseTo(p50!, 9);
    expect(result.latencyP95Ms).toBeCloseTo(p95!, 9);
    expect(variants.map((variant: { name: string; passRate: number }) => [variant.name, variant.passRate])).toEqual([["v-cheap", 0.4], ["v-flaky", 0.6], ["v-echo", 1]]);
    expect(bestVariantId).toBe(world.variants.echo);
    // 5 of 5 passed: Wilson's interval [5 / (5 + 1.96²), 1] = [0.5655, 1], not a bootstrap's [1, 1].
    expect(result.intervals.passRate![0]).toBeCloseTo(0.5655, 4);
    expect(result.intervals.passRate![1]).toBe(1);
    expect(body.projection.sentence).toContain("Cascade v-cheap → v-echo would pass 100 %");
  });

  it("a fallback fires on exactly the errored cases", async () => {
    const { body } = await project({ policy: { kind: "fallback", primary: world.variants.flaky, fallbacks: ["v-echo"], on: { kind: "error" } } });
    const fired = [0, 1];
    const cost = sum([0, 1, 2, 3, 4].map((k) => answer("v-flaky", k).costUsd)) + sum(fired.map((k) => answer("v-echo", k).costUsd));
    const latencies = [0, 1, 2, 3, 4].map((k) => answer("v-flaky", k).totalMs + (fired.includes(k) ? answer("v-echo", k).totalMs : 0));
    expect(body.projection.result).toMatchObject({ passRate: 1, errorRate: 0, escalatedCases: 2 });
    expect(body.projection.result.costUsd).toBeCloseTo(cost, 10);
    expect(body.projection.result.latencyP50Ms).toBeCloseTo(p50p95(latencies)[0]!, 9);
  });

  it("routes by a regex on the input the variants were sent", async () => {
    const { body } = await project({ policy: { kind: "route", rules: [{ inputRegex: "Country[13]\\?$", variant: "v-cheap" }], default: "v-echo" } });
    const cost = sum([1, 3].map((k) => answer("v-cheap", k).costUsd)) + sum([0, 2, 4].map((k) => answer("v-echo", k).costUsd));
    expect(body.projection.result).toMatchObject({ passRate: 1, callsPerCase: 1 });
    expect(body.projection.result.costUsd).toBeCloseTo(cost, 10);
  });

  it("escalates on the LLM judge's stored score", async () => {
    const judged = await createRun(
      {
        kind: "replay",
        prompt: world.promptName,
        dataset: world.datasetName,
        variants: ["v-cheap", "v-echo"],
        concurrency: 2,
        assertions: [{ type: "llm_judge", rubric: "Names the capital.", judgeVariantId: world.variants.judge!, minScore: 1 }],
      },
      world.userId,
    );
    expect(await executeRun(judged.id, { pollMs: 50 })).toBe("finished");
    const byJudge = (judgeScoreBelow: number) =>
      call(routingRoute.POST, `/runs/${judged.id}/routing`, { policy: { kind: "cascade", steps: ["v-cheap", "v-echo"], escalateOn: { assertionFails: false, error: false, judgeScoreBelow } } }, world.token, { id: judged.id });
    // Every answer scored 2: below 3 escalates all five cases, below 2 none (and v-cheap's
    // failed contains checks stand, since failing assertions are not a condition here).
    expect((await byJudge(3)).body.projection.result).toMatchObject({ escalatedCases: 5, passRate: 1 });
    expect((await byJudge(2)).body.projection.result).toMatchObject({ escalatedCases: 0, passRate: 0.4 });
  });

  it("refuses bad policies with a problem naming the field, and a reviewer may project", async () => {
    const unknown = await project({ policy: { ...cascade, steps: ["v-cheap", "v-nope"] } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ path: "policy.steps.1" })]);
    const unsafe = await project({ policy: { kind: "route", rules: [{ inputRegex: "(a+)+$", variant: "v-cheap" }], default: "v-echo" } });
    expect(unsafe.status).toBe(400);
    expect(unsafe.body.errors[0].path).toBe("policy.rules.0.inputRegex");
    expect((await project({}, reviewerToken)).status).toBe(400);
    expect((await project({ policy: cascade }, reviewerToken)).status).toBe(200);
    const missing = await call(routingRoute.POST, "/runs/x/routing", { policy: cascade }, world.token, { id: "0190a5f5-0000-7000-8000-000000000000" });
    expect(missing.status).toBe(404);
  });

  it("saves policies as immutable versions and projects any saved version", async () => {
    const created = await call(policiesRoute.POST, "/routing-policies", { name: "cheap first", definition: cascade });
    expect(created.status).toBe(201);
    const policyId = created.body.policy.id;
    expect(created.body.policy.versions).toHaveLength(1);
    expect((await call(policiesRoute.POST, "/routing-policies", { name: "cheap first", definition: cascade })).status).toBe(409);
    expect((await call(policiesRoute.POST, "/routing-policies", { name: "by reviewer", definition: cascade }, reviewerToken)).status).toBe(403);
    const second = await call(versionsRoute.POST, `/routing-policies/${policyId}/versions`, { definition: { ...cascade, steps: ["v-cheap", "v-flaky"] } }, world.token, { id: policyId });
    expect(second).toMatchObject({ status: 201, body: { version: { version: 2 } } });
    const read = await call(policyRoute.GET, `/routing-policies/${policyId}`, undefined, reviewerToken, { id: policyId });
    expect(read.body.policy.versions.map((version: { version: number }) => version.version)).toEqual([2, 1]);
    const list = await call(policiesRoute.GET, "/routing-policies", undefined, reviewerToken);
    expect(list.body.policies).toEqual([expect.objectContaining({ name: "cheap first", latest: expect.objectContaining({ version: 2 }) })]);

    const first = await project({ policyId, version: 1 });
    expect(first.body.projection).toMatchObject({ saved: { policyId, version: 1, name: "cheap first" }, result: { passRate: 1 } });
    // Version 2 escalates v-cheap's failures (0, 2, 4) to v-flaky, which errored on case 0.
    const latest = await project({ policyId });
    expect(latest.body.projection).toMatchObject({ saved: { version: 2 }, result: { passRate: 0.8, errorRate: 0.2 } });
    expect((await project({ policyId, version: 3 })).status).toBe(404);

    // Saved at once, each gets its own number: no gap, no duplicate (lib/db/next-version.ts).
    const together = await Promise.all([0, 1, 2].map(() => call(versionsRoute.POST, `/routing-policies/${policyId}/versions`, { definition: cascade }, world.token, { id: policyId })));
    expect(together.map((saved) => saved.status)).toEqual([201, 201, 201]);
    const numbers = (await call(policyRoute.GET, `/routing-policies/${policyId}`, undefined, reviewerToken, { id: policyId })).body.policy.versions.map((version: { version: number }) => version.version);
    expect(numbers).toEqual([5, 4, 3, 2, 1]);
  });
});

describe("juxta routing", () => {
  const cli = (...args: string[]) => runJuxta(["routing", ...args], { ...process.env, JUXTA_URL: server.url, JUXTA_TOKEN: world.token });

  const policyFile = async (policy: unknown) => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), "juxta-routing-")), "policy.json");
    await writeFile(file, JSON.stringify(policy));
    return file;
  };

  // Each CLI start takes seconds on a busy machine: a longer timeout than the default.
  it("prints the policy against each variant, or JSON", { timeout: 120_000 }, async () => {
    const file = await policyFile(cascade);
    const printed = await cli("--run", runId, "--policy", file);
    expect(printed.stderr).toBe("");
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain("cascade v-cheap → v-echo");
    expect(printed.stdout).toMatch(/^policy\s+100 % \(57–100 %, n = 5\)/m);
    expect(printed.stdout).toMatch(/^v-cheap\s+40 %/m);
    expect(printed.stdout).toMatch(/^v-echo \(best single\)\s+100 %/m);
    expect(printed.stdout).toMatch(/\s1\.60$/m);

    const json = await cli("--run", runId, "--policy", file, "--json");
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ runId, result: { passRate: 1, escalatedCases: 3 } });
  });

  it("exits 2 on an invalid policy file or a variant the run lacks", { timeout: 120_000 }, async () => {
    const invalid = await cli("--run", runId, "--policy", await policyFile({ ...cascade, steps: ["v-cheap"] }));
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain("steps: A cascade needs at least two steps.");
    const unknown = await cli("--run", runId, "--policy", await policyFile({ ...cascade, steps: ["v-cheap", "v-nope"] }));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no variant "v-nope"');
  });
});
