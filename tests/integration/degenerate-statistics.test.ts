// The statistics answer on the least data they can get, through the real routes: a leaderboard of
// one tie, of ties only, of one decisive vote, with identical ratings and with length control on
// answers of one length; a scorecard and paired comparisons of variants that cost nothing and
// answer in 0 ms, alike on every case, and of variants that never pass. Every figure is a number
// or null with its reason — the response schemas refuse NaN and Infinity, so one would be a 500.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as leaderboardRoute } from "../../app/api/v1/leaderboard/route";
import { POST as rateRoute } from "../../app/api/v1/completions/[id]/ratings/route";
import { GET as datasetScorecardRoute } from "../../app/api/v1/datasets/[id]/scorecard/route";
import { GET as comparisonsRoute } from "../../app/api/v1/runs/[id]/comparisons/route";
import { GET as scorecardRoute } from "../../app/api/v1/runs/[id]/scorecard/route";
import { GET as summaryRoute } from "../../app/api/v1/runs/[id]/summary/route";
import { POST as voteRoute } from "../../app/api/v1/votes/route";
import { db } from "../../lib/db/client";
import { createProvider } from "../../lib/providers/service";
import { createVariant, getVariant } from "../../lib/variants/service";
import { callAs, createReviewWorld, type ReviewWorld } from "../helpers/review-world";

type Handler = Parameters<typeof callAs>[0];
let world: ReviewWorld;
let admin = "";

beforeAll(async () => {
  world = await createReviewWorld(["rita", "sam"], ["alpha", "bravo"], 3);
  admin = world.users.admin!.auth;
});

/** Every number in `value` is finite (JSON would carry NaN as null only after the schema refused it). */
function expectFinite(value: unknown) {
  const bad: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (typeof node === "number" && !Number.isFinite(node)) bad.push(path);
    else if (node && typeof node === "object") for (const [key, child] of Object.entries(node)) walk(child, `${path}.${key}`);
  };
  walk(value, "");
  expect(bad).toEqual([]);
}

async function board(search = "") {
  const { status, body } = await callAs(leaderboardRoute as Handler, world.users.rita!.auth, { search: `?resamples=200${search}` });
  expect(status).toBe(200);
  expectFinite(body);
  return body.leaderboard;
}

const vote = (who: string, turn: number, choice: "a" | "b" | "tie") => callAs(voteRoute as Handler, world.users[who]!.auth, { body: { completionAId: world.turns[turn]!.alpha, completionBId: world.turns[turn]!.bravo, choice } });

describe("the leaderboard on the least data", () => {
  it("one tie, ties only, then one decisive vote: ratings with intervals, nobody separated", async () => {
    expect((await vote("rita", 0, "tie")).status).toBe(200);
    let data = await board("&lengthControl=true");
    expect(data.variants.map((variant: { rating: number; flag: string | null }) => [variant.rating, variant.flag])).toEqual([[1000, null], [1000, null]]);
    // Both answers are as long as each other: length explains nothing, and says so with γ = 0.
    expect(data.lengthControl.gamma.estimate).toBe(0);
    expect(data.separation).toMatchObject([{ overlapping: true, votesNeeded: null, moreVotesNeeded: null, effectivelyTied: true }]);
    expect(data.matrix).toMatchObject([{ ties: 1, n: 1, winRateA: 0.5 }]);

    expect((await vote("sam", 0, "tie")).status).toBe(200);
    data = await board();
    expect(data.agreement.votes).toEqual({ alpha: null, sharedItems: 1, level: "nominal" }); // agreement on one value has no alpha

    expect((await vote("rita", 1, "a")).status).toBe(200);
    data = await board("&lengthControl=true");
    const alpha = data.variants.find((variant: { name: string }) => variant.name === "alpha");
    expect(alpha).toMatchObject({ wins: 1, losses: 0, ties: 2, flag: "no-losses" });
    expect(alpha.low).toBeLessThan(alpha.rating);
  });

  it("identical ratings: a mean with an interval from two, none from one", async () => {
    for (const who of ["rita", "sam"]) expect((await callAs(rateRoute as Handler, world.users[who]!.auth, { body: { criterion: "correctness", score: 4 }, params: { id: world.turns[2]!.alpha! } })).status).toBeLessThan(300);
    expect((await callAs(rateRoute as Handler, world.users.rita!.auth, { body: { criterion: "correctness", score: 4 }, params: { id: world.turns[2]!.bravo! } })).status).toBeLessThan(300);
    const data = await board("&criterion=correctness");
    const byName = Object.fromEntries(data.ratings.map((rating: { name: string }) => [rating.name, rating]));
    expect(byName.alpha).toMatchObject({ n: 2, mean: 4, low: 4, high: 4 });
    expect(byName.bravo).toMatchObject({ n: 1, mean: 4, low: null, high: null });
    expect(data.agreement.ratings.alpha).toBeNull(); // one value everywhere: no disagreement to measure
  });
});

interface Cell {
  passed: boolean;
  totalMs: number;
  ttftMs: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: string;
}

let runs = 0;
/** A finished replay run of one variant per `cells` entry, one item per case, written as rows. */
async function runOf(cells: Cell[][]) {
  runs += 1;
  const provider = await createProvider({ name: `Free ${runs}`, kind: "openai_compatible", baseUrl: "http://127.0.0.1:9/v1" });
  const model = await db().model.create({ data: { providerId: provider.id, modelId: "free", displayName: "free", contextWindow: 1000 } });
  const variantIds = [];
  for (const index of cells.keys()) variantIds.push((await createVariant({ name: `free-${runs}-${index}`, modelId: model.id })).id);
  const dataset = await db().dataset.create({ data: { name: `free-${runs}` } });
  const cases = [];
  for (const position of cells[0]!.keys()) cases.push(await db().testCase.create({ data: { datasetId: dataset.id, position } }));
  const createdById = world.users.admin!.id;
  const run = await db().run.create({
    data: { kind: "replay", name: `free ${runs}`, status: "done", datasetId: dataset.id, createdById, variants: { create: await Promise.all(variantIds.map(async (variantId, position) => ({ variantId, position, revisionId: (await getVariant(variantId)).revision.id }))) } },
  });
  let sequence = 0;
  for (const [v, row] of cells.entries()) {
    for (const [c, cell] of row.entries()) {
      const { passed, ...figures } = cell;
      const completion = await db().completion.create({ data: { variantId: variantIds[v]!, request: {}, status: "done", text: "same", ...figures } });
      await db().runItem.create({ data: { runId: run.id, caseKey: cases[c]!.id, testCaseId: cases[c]!.id, variantId: variantIds[v]!, repetition: 0, sequence: sequence++, status: "done", completionId: completion.id, passed, ...figures } });
    }
  }
  return { runId: run.id, datasetId: dataset.id };
}

async function get(handler: Handler, id: string, search = "") {
  const { status, body } = await callAs(handler, admin, { params: { id }, search });
  expect(status).toBe(200);
  expectFinite(body);
  return body;
}

const free: Cell = { passed: true, totalMs: 0, ttftMs: 0, inputTokens: 0, outputTokens: 0, costUsd: "0" };

describe("scorecards and comparisons on the least data", () => {
  it("variants that cost nothing, take 0 ms and answer alike: scored equal, a cost per 1k tokens of none, no latency ratio", async () => {
    const { runId, datasetId } = await runOf([[free, free], [free, free]]);
    const { scorecard } = await get(scorecardRoute as Handler, runId);
    expect(scorecard.rows.map((row: { score: number; tier: number }) => [row.score, row.tier])).toEqual([[1, 1], [1, 1]]);
    expect(scorecard.rows[0].figures.cost_per_1k_tokens_usd).toEqual({ estimate: null, ci95: null, n: 0, note: "no tokens counted" });
    expect(scorecard.rows[0].figures.cost_per_useful_answer_usd).toMatchObject({ estimate: 0, note: null });
    expect(scorecard.rows[0].next).toMatchObject({ difference: 0, separable: false });
    await get(datasetScorecardRoute as Handler, datasetId);
    const { comparisons } = await get(comparisonsRoute as Handler, runId);
    const p95 = comparisons.find((comparison: { metric: string }) => comparison.metric === "total_ms_p95");
    expect(p95).toMatchObject({ aValue: 0, bValue: 0, difference: 0, significant: false });
    expect(p95.ratio).toBeUndefined(); // B ÷ A has no value when A is 0 ms
    await get(summaryRoute as Handler, runId);
  });

  it("variants that never pass, on one case: no cost per useful answer, and why", async () => {
    const { runId } = await runOf([[{ ...free, passed: false, costUsd: "0.001" }], [{ ...free, passed: false }]]);
    const { scorecard } = await get(scorecardRoute as Handler, runId);
    for (const row of scorecard.rows) expect(row.figures.cost_per_useful_answer_usd).toMatchObject({ estimate: null, ci95: null, note: "no answer passed" });
    expect(scorecard.frontiers[0].leftOut).toHaveLength(2);
    const { comparisons } = await get(comparisonsRoute as Handler, runId);
    expect(comparisons.find((comparison: { metric: string }) => comparison.metric === "pass_rate")).toMatchObject({ n: 1, difference: 0, small: true });
    await get(summaryRoute as Handler, runId);
  });
});
