// Pairwise judging of a finished replay run, against the wire server through the official SDK:
// a fair judge's verdicts hold in both orders; an order-biased one is caught (every verdict flips
// with the order, so each counts as an inconsistent tie). The judge's calls are stored as
// completions of the judging, kept out of the variants' numbers, counted against the run's
// budget, and never made twice for a pair — however often the job runs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as judgingsRoute from "../../app/api/v1/runs/[id]/judgings/route";
import * as judgingRoute from "../../app/api/v1/judgings/[id]/route";
import * as cancelJudgingRoute from "../../app/api/v1/judgings/[id]/cancel/route";
import { db } from "../../lib/db/client";
import { createJudging } from "../../lib/judging/create-judging";
import { executeJudging } from "../../lib/judging/execute-judging";
import { createRun } from "../../lib/runs/create-run";
import { executeRun } from "../../lib/runs/execute-run";
import { outputHistory } from "../../lib/runs/output-history";
import { getRun } from "../../lib/runs/views";
import { computeRunSummary } from "../../lib/runs/summary";
import { answersCostUsd } from "../../lib/runs/summary-columns";
import { sumUsd } from "../../lib/format/money";
import { wilsonInterval } from "../../lib/stats/proportions";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";
import { roleCaller } from "../helpers/role-caller";
import { closeJobSender } from "../../lib/jobs/sender";

const CASES = 4;
const REPETITIONS = 2;
const PAIRS = CASES * REPETITIONS; // two answering variants: one pair per case and repetition
const RUBRIC = "The better answer names the MARKER.";

let wire: WireServer;
let world: RunWorld;
let runId = "";
let call: Awaited<ReturnType<typeof roleCaller>>;

/** The user message the judge was sent, split into its two answers. */
function answersShown(body: Record<string, unknown>): [string, string] {
  const messages = body.messages as Array<{ role: string; content: string }>;
  const prompt = messages.findLast((message) => message.role === "user")!.content;
  const [, first = "", second = ""] = /Answer 1:\n([\s\S]*)\n\nAnswer 2:\n([\s\S]*)$/.exec(prompt) ?? [];
  return [first, second];
}

/** Prefers the answer with the marker, wherever it is shown. */
const fairJudge = (body: Record<string, unknown>) => {
  const [first, second] = answersShown(body);
  const winner = first.includes("MARKER") === second.includes("MARKER") ? "tie" : first.includes("MARKER") ? "first" : "second";
  return `Here is my verdict: {"winner": "${winner}", "reason": "The ${winner} one names the marker."}`;
};

const judgeCalls = (model: string) => wire.requests.filter((request) => request.body.model === model).length;

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["good", "plain", "fair", "biased", "pricey", "picky"], CASES, "-judge");
  wire.behave("good", { chunks: ["The", " MARKER", " answer"] });
  wire.behave("plain", { chunks: ["A", " plain", " answer"] });
  wire.behave("fair", { respond: fairJudge, ttftMs: 5 });
  wire.behave("biased", { respond: () => '{"winner": "first", "reason": "The first answer is always best."}' });
  const { id } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-good-judge", "v-plain-judge"], repetitions: REPETITIONS, budgetUsd: 1 }, world.userId);
  expect(await executeRun(id, { pollMs: 50 })).toBe("finished");
  runId = id;
  call = await roleCaller(["editor", "reviewer"]);
});
afterAll(async () => {
  await closeJobSender();
  await wire.close();
});

describe("pairwise judging", () => {
  let fairId = "";

  it("asks a fair judge each pair in both orders and keeps its consistent verdicts, calls and cost apart from the variants'", async () => {
    const summaryBefore = await computeRunSummary(runId);
    const created = await call(judgingsRoute.POST, "editor", { id: runId, body: { judgeVariant: "v-fair-judge", rubric: RUBRIC } });
    expect(created.status).toBe(201);
    expect(created.body.judging).toMatchObject({ status: "queued", progress: { judged: 0, total: PAIRS }, judge: { name: "v-fair-judge" } });
    fairId = created.body.judging.id;

    expect(await executeJudging(fairId)).toBe("finished");
    expect(judgeCalls("fair")).toBe(2 * PAIRS);
    // Every pair was shown once each way round.
    const shownFirst = wire.requests.filter((request) => request.body.model === "fair").map((request) => answersShown(request.body)[0].includes("MARKER"));
    expect(shownFirst.filter(Boolean)).toHaveLength(PAIRS);

    const detail = await call(judgingRoute.GET, "reviewer", { id: fairId });
    expect(detail.status).toBe(200);
    const goodId = world.variants.good!;
    expect(detail.body.verdicts).toHaveLength(PAIRS);
    for (const verdict of detail.body.verdicts) {
      const goodSide = verdict.a.variantId === goodId ? "a" : "b";
      expect(verdict).toMatchObject({ choiceAFirst: goodSide, choiceBFirst: goodSide, choice: goodSide, consistent: true, error: null });
      expect(verdict.reasonAFirst).toMatch(/names the marker/);
      expect(verdict.a.completionId < verdict.b.completionId).toBe(true);
    }
    expect(detail.body.wins).toEqual([
      { first: { id: goodId, name: "v-good-judge" }, second: { id: world.variants.plain!, name: "v-plain-judge" }, firstWins: PAIRS, secondWins: 0, ties: 0, bothBad: 0, inconsistent: 0, errors: 0 },
    ]);
    // 8 of 8 consistent: Wilson's interval [8 / (8 + 1.96²), 1].
    expect(detail.body.judging).toMatchObject({ status: "done", progress: { judged: PAIRS, total: PAIRS, errors: 0 }, consistency: { n: PAIRS, consistent: PAIRS, share: 1 }, calls: 2 * PAIRS });
    expect(detail.body.judging.consistency.ci95[0]).toBeCloseTo(wilsonInterval(PAIRS, PAIRS)[0], 12);

    // The judge's calls are completions of the judging, with everything a call records.
    const calls = await db().completion.findMany({ where: { judgingId: fairId } });
    expect(calls).toHaveLength(2 * PAIRS);
    for (const completion of calls) {
      expect(completion).toMatchObject({ variantId: world.variants.fair, status: "done", outputTokens: 1, inputTokens: 11, turnId: null });
      expect(Number(completion.costUsd)).toBeCloseTo((11 * 1 + 1 * 2) / 1e6, 12);
      expect(completion.totalMs).not.toBeNull();
      expect(completion.ttftMs).toBeGreaterThanOrEqual(5);
      expect(JSON.stringify(completion.request)).toContain(RUBRIC);
    }
    const verdictRows = await db().judgeVerdict.findMany({ where: { judgingId: fairId } });
    expect(new Set(verdictRows.flatMap((row) => [row.callAFirstId, row.callBFirstId]))).toEqual(new Set(calls.map((completion) => completion.id)));

    // Judging cost: shown apart, in the run's total, never in a variant's cost or history.
    const judgingCost = calls.reduce((sum, completion) => sum + Number(completion.costUsd), 0);
    expect(detail.body.judging.costUsd).toBeCloseTo(judgingCost, 10);
    // The run's judging spend is a decimal string, the exact sum of the judge's calls.
    expect((await getRun(runId)).judgingCostUsd).toBe(sumUsd(calls.map((completion) => completion.costUsd!.toString())));
    expect((await computeRunSummary(runId)).variants).toEqual(summaryBefore.variants);
    expect((await outputHistory([world.variants.fair!])).has(world.variants.fair!)).toBe(false);
  });

  it("catches an order-biased judge: every verdict flips with the order and counts as an inconsistent tie", async () => {
    const { id } = await createJudging(runId, { judgeVariant: "v-biased-judge", rubric: RUBRIC }, world.userId);
    expect(await executeJudging(id)).toBe("finished");
    const verdicts = await db().judgeVerdict.findMany({ where: { judgingId: id } });
    expect(verdicts).toHaveLength(PAIRS);
    for (const verdict of verdicts) expect(verdict).toMatchObject({ choiceAFirst: "a", choiceBFirst: "b", choice: "tie", consistent: false, error: null });
    const list = await call(judgingsRoute.GET, "reviewer", { id: runId });
    const biased = list.body.judgings.find((judging: { id: string }) => judging.id === id);
    expect(biased).toMatchObject({ status: "done", consistency: { n: PAIRS, consistent: 0, share: 0 } });
    expect(biased.consistency.ci95).toEqual(wilsonInterval(0, PAIRS));
    const detail = await call(judgingRoute.GET, "reviewer", { id });
    expect(detail.body.wins[0]).toMatchObject({ firstWins: 0, secondWins: 0, ties: PAIRS, inconsistent: PAIRS });
  });

  it("leaves a pair without a verdict when one order's reply has no readable winner, keeping the other order's", async () => {
    // Unreadable whenever the marked answer is shown first; a clear "second" otherwise.
    wire.behave("picky", { respond: (body) => (answersShown(body)[0].includes("MARKER") ? "Hard to say, both have merit." : '{"winner": "second", "reason": "Names the marker."}') });
    const { id } = await createJudging(runId, { judgeVariant: "v-picky-judge", rubric: RUBRIC }, world.userId);
    expect(await executeJudging(id)).toBe("finished");
    const verdicts = await db().judgeVerdict.findMany({ where: { judgingId: id }, include: { completionA: { select: { variantId: true } } } });
    expect(verdicts).toHaveLength(PAIRS);
    for (const verdict of verdicts) {
      const goodIsA = verdict.completionA.variantId === world.variants.good;
      const readable = goodIsA ? { choiceAFirst: null, choiceBFirst: "a" } : { choiceAFirst: "b", choiceBFirst: null };
      expect(verdict).toMatchObject({ ...readable, choice: null, consistent: null });
      expect(verdict.error).toBe(`${goodIsA ? "A" : "B"} shown first: no readable winner in "Hard to say, both have merit."`);
    }
    // No pair got a verdict: the judging failed, and says why.
    expect(await db().judging.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "failed", error: "The judge gave no verdict on any pair: see the verdicts' errors." });
  });

  it("never judges a pair twice: a finished judging makes no call, a resumed one only the missing pairs, and a second executor stands aside", async () => {
    const before = judgeCalls("fair");
    expect(await executeJudging(fairId)).toBe("finished");
    expect(judgeCalls("fair")).toBe(before);

    // A killed worker: three pairs were never saved, the judging is still running.
    const lost = await db().judgeVerdict.findMany({ where: { judgingId: fairId }, take: 3, orderBy: { createdAt: "desc" } });
    await db().completion.deleteMany({ where: { id: { in: lost.flatMap((row) => [row.callAFirstId!, row.callBFirstId!]) } } });
    await db().judgeVerdict.deleteMany({ where: { id: { in: lost.map((row) => row.id) } } });
    await db().judging.update({ where: { id: fairId }, data: { status: "running", finishedAt: null } });
    const [first, second] = await Promise.all([executeJudging(fairId), executeJudging(fairId)]);
    expect([first, second].sort()).toEqual(["busy", "finished"]);
    expect(judgeCalls("fair")).toBe(before + 2 * 3);
    expect(await db().judgeVerdict.count({ where: { judgingId: fairId } })).toBe(PAIRS);
    expect(await db().completion.count({ where: { judgingId: fairId } })).toBe(2 * PAIRS);
    expect(await db().judging.findUniqueOrThrow({ where: { id: fairId } })).toMatchObject({ status: "done" });
  });

  it("stops at the run's budget, which covers the run's answers and its judgings, and records the pairs left", async () => {
    // A judge at $1,000 per million input tokens: each pair's worst case is a visible share of the budget.
    await db().model.updateMany({ where: { providerId: world.providerId, modelId: "pricey" }, data: { inputPricePerMTok: "1000" } });
    await db().variant.update({ where: { id: world.variants.pricey! }, data: { maxTokens: 5 } });
    wire.behave("pricey", { respond: fairJudge, inputTokens: 100 });
    const spentBefore = Number(sumUsd([(await getRun(runId)).judgingCostUsd, answersCostUsd(await computeRunSummary(runId))]));
    const budgetUsd = Number((spentBefore + 0.5).toFixed(6));
    await db().run.update({ where: { id: runId }, data: { budgetUsd } });

    const { id } = await createJudging(runId, { judgeVariant: "v-pricey-judge", rubric: RUBRIC }, world.userId);
    expect(await executeJudging(id)).toBe("finished");
    const judging = await db().judging.findUniqueOrThrow({ where: { id } });
    expect(judging.status).toBe("failed");
    expect(judging.error).toMatch(/^Stopped at the budget: the run and its judgings spent \$\d+\.\d{4} of \$/);
    const verdicts = await db().judgeVerdict.findMany({ where: { judgingId: id } });
    expect(verdicts).toHaveLength(PAIRS);
    const judged = verdicts.filter((verdict) => verdict.error === null);
    const skipped = verdicts.filter((verdict) => verdict.error === "budget");
    expect(judged.length).toBeGreaterThanOrEqual(1);
    expect(skipped.length).toBeGreaterThanOrEqual(1);
    expect(judged.length + skipped.length).toBe(PAIRS);
    for (const verdict of skipped) expect(verdict).toMatchObject({ choice: null, callAFirstId: null, callBFirstId: null });
    expect(judgeCalls("pricey")).toBe(2 * judged.length);
    const spentAfter = Number(sumUsd([(await getRun(runId)).judgingCostUsd, answersCostUsd(await computeRunSummary(runId))]));
    expect(spentAfter).toBeLessThanOrEqual(budgetUsd);
    expect(spentAfter).toBeGreaterThan(spentBefore);

    // What that judging spent is gone from the budget: the next judging of the run (same judge,
    // pairs of the same length) cannot start a single pair.
    const again = await createJudging(runId, { judgeVariant: "v-pricey-judge", rubric: RUBRIC }, world.userId);
    expect(await executeJudging(again.id)).toBe("finished");
    expect(judgeCalls("pricey")).toBe(2 * judged.length);
    expect(await db().judgeVerdict.count({ where: { judgingId: again.id, error: "budget" } })).toBe(PAIRS);
    expect(await db().judging.findUniqueOrThrow({ where: { id: again.id } })).toMatchObject({ status: "failed" });
  });

  it("answers a problem for a run that cannot be judged, an unknown judge or a bad rubric, and lets only editors start or cancel", async () => {
    const judge = { judgeVariant: "v-fair-judge", rubric: RUBRIC };
    const load = await createRun({ kind: "load", prompt: world.promptName, variants: ["v-good-judge"], variables: { country: "Oman" }, requests: 1 }, world.userId);
    const notReplay = await call(judgingsRoute.POST, "editor", { id: load.id, body: judge });
    expect(notReplay).toMatchObject({ status: 409, body: { detail: expect.stringContaining("Only replay runs") } });
    const queued = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-good-judge", "v-plain-judge"] }, world.userId);
    expect((await call(judgingsRoute.POST, "editor", { id: queued.id, body: judge })).status).toBe(409);

    const unknown = await call(judgingsRoute.POST, "editor", { id: runId, body: { judgeVariant: "nobody", rubric: RUBRIC } });
    expect(unknown).toMatchObject({ status: 400, body: { errors: [{ path: "judgeVariant" }] } });
    const long = await call(judgingsRoute.POST, "editor", { id: runId, body: { judgeVariant: "v-fair-judge", rubric: "x".repeat(10_001) } });
    expect(long).toMatchObject({ status: 400, body: { errors: [{ path: "rubric" }] } });
    const both = await call(judgingsRoute.POST, "editor", { id: runId, body: { ...judge, judgeVariantId: world.variants.fair } });
    expect(both.status).toBe(400);
    expect((await call(judgingsRoute.POST, "reviewer", { id: runId, body: judge })).status).toBe(403);
    expect((await call(judgingRoute.GET, "reviewer", { id: "0190a0a0-0000-7000-8000-000000000000" })).status).toBe(404);

    const started = await call(judgingsRoute.POST, "editor", { id: runId, body: { judgeVariantId: world.variants.fair, rubric: RUBRIC } });
    expect(started.status).toBe(201);
    expect((await call(cancelJudgingRoute.POST, "reviewer", { id: started.body.judging.id, body: {} })).status).toBe(403);
    const cancelled = await call(cancelJudgingRoute.POST, "editor", { id: started.body.judging.id, body: {} });
    expect(cancelled.body.judging).toMatchObject({ status: "cancelled" });
    const calls = judgeCalls("fair");
    expect(await executeJudging(started.body.judging.id)).toBe("finished");
    expect(judgeCalls("fair")).toBe(calls);
  });
});
