// The leaderboard by source — human votes, a judge's verdicts, or both — with the judge's position
// consistency and its agreement with the humans, against values computed by hand below; an
// excluded reviewer's votes leave the board and come back when the exclusion ends; and length
// control beside the plain rating.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as leaderboardRoute } from "../../app/api/v1/leaderboard/route";
import { POST as voteRoute } from "../../app/api/v1/votes/route";
import { createApiToken } from "../../lib/auth/api-tokens";
import { createUser } from "../../lib/auth/users";
import { db } from "../../lib/db/client";
import { seedProviders } from "../../lib/providers/seed";
import { createSession } from "../../lib/sessions/service";
import { fitLengthControlled, type LengthOutcome } from "../../lib/stats/bradley-terry-covariate";
import { toRating } from "../../lib/stats/bradley-terry";
import { createVariant } from "../../lib/variants/service";

type Choice = "a" | "b" | "tie" | "both_bad";
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

// Seven pairs P1…P7, each one turn answered by V1 (always the canonical A: its ids sort first)
// and V2, so "a" means V1 won. V1 writes 300 characters on odd pairs, 100 on even; V2 the reverse.
const PAIRS = 7;
const answerId = (pair: number, side: 0 | 1) => `0190f000-0000-7000-8000-${String(pair * 2 + side).padStart(12, "0")}`;

// Human votes. R3 is the reviewer who will be excluded.
const humanVotes: Record<"R1" | "R2" | "R3", Array<[number, Choice]>> = {
  R1: [[1, "a"], [2, "b"], [3, "a"], [4, "tie"]],
  R2: [[1, "a"], [3, "tie"], [5, "b"]],
  R3: [[1, "b"], [2, "b"], [4, "b"], [6, "b"]],
};
// Judge J1's verdicts: [pair, A-first, B-first, final, consistent]. P3 flips with the order (a
// tie), P7's B-first call failed (no final choice).
const verdictsJ1: Array<[number, Choice | null, Choice | null, Choice | null, boolean | null]> = [
  [1, "a", "a", "a", true],
  [2, "b", "b", "b", true],
  [3, "a", "b", "tie", false],
  [4, "tie", "tie", "tie", true],
  [5, "a", "a", "a", true],
  [6, "b", "b", "b", true],
  [7, "a", null, null, null],
];

const tokens: Record<string, string> = {};
const ids = { admin: "", r3: "", j1: "", j2: "", v1: "", v2: "" };

async function board(query: string) {
  const response = await leaderboardRoute(new Request(`http://localhost/api/v1/leaderboard?resamples=1000&${query}`, { headers: { authorization: tokens.R1! } }), { params: Promise.resolve({}) });
  return { status: response.status, body: await response.json() };
}

async function ok(query: string) {
  const { status, body } = await board(query);
  expect(status, JSON.stringify(body)).toBe(200);
  return body.leaderboard;
}

interface Row {
  id: string;
  wins: number;
  losses: number;
  ties: number;
  rating: number;
  lengthControlled: { rating: number; low: number; high: number } | null;
}
const variant = (data: { variants: Row[] }, id: string): Row => data.variants.find((item) => item.id === id)!;

/** Two players, θ_V2 = −θ_V1 = −θ: V1's MAP score equation is
 *   (V1's points + 1 virtual win) = games·σ(2θ) + 2·σ(θ)
 * (bradley-terry.ts: two virtual half-won games per variant). Checks the board's rating solves it. */
function expectSolvesScoreEquation(rating: number, points: number, games: number) {
  const theta = ((rating - 1000) * Math.LN10) / 400;
  expect(games * sigmoid(2 * theta) + 2 * sigmoid(theta)).toBeCloseTo(points + 1, 8);
}

beforeAll(async () => {
  const admin = await createUser({ name: "Ada", email: "ada@example.com", password: "long-enough", role: "admin" });
  ids.admin = admin.id;
  for (const name of ["R1", "R2", "R3"]) {
    const user = await createUser({ name, email: `${name.toLowerCase()}@example.com`, password: "long-enough", role: "reviewer" });
    tokens[name] = `Bearer ${(await createApiToken(user.id, "t")).token}`;
    if (name === "R3") ids.r3 = user.id;
  }
  await seedProviders({});
  const model = await db().model.findFirstOrThrow({ orderBy: { modelId: "asc" } });
  const [v1, v2, judge] = await Promise.all(["V1", "V2", "Judge"].map((name) => createVariant({ name, modelId: model.id })));
  Object.assign(ids, { v1: v1!.id, v2: v2!.id });
  const session = await createSession({ variantIds: [v1!.id, v2!.id] }, admin.id);
  const column = (variantId: string) => session.columns.find((item) => item.variant!.id === variantId)!.id;
  for (let pair = 1; pair <= PAIRS; pair++) {
    const turn = await db().turn.create({ data: { sessionId: session.id, index: pair, content: `Q${pair}` } });
    const long = pair % 2 === 1;
    for (const [side, variantId, length] of [[0, v1!.id, long ? 300 : 100], [1, v2!.id, long ? 100 : 300]] as const) {
      await db().completion.create({ data: { id: answerId(pair, side), turnId: turn.id, columnId: column(variantId), variantId, status: "done", request: {}, text: "x".repeat(length) } });
    }
  }
  for (const [reviewer, votes] of Object.entries(humanVotes)) {
    for (const [pair, choice] of votes) {
      const body = JSON.stringify({ completionAId: answerId(pair, 0), completionBId: answerId(pair, 1), choice });
      const response = await voteRoute(new Request("http://localhost/api/v1/votes", { method: "POST", headers: { authorization: tokens[reviewer]!, "content-type": "application/json" }, body }), { params: Promise.resolve({}) });
      expect(response.status).toBe(200);
    }
  }
  const run = await db().run.create({ data: { kind: "replay", createdById: admin.id } });
  const judging = (rubric: string) => db().judging.create({ data: { runId: run.id, judgeVariantId: judge!.id, rubric, status: "done", createdById: admin.id } });
  ids.j1 = (await judging("Which answer is more correct?")).id;
  ids.j2 = (await judging("Which answer is kinder?")).id;
  for (const [pair, choiceAFirst, choiceBFirst, choice, consistent] of verdictsJ1) {
    await db().judgeVerdict.create({ data: { judgingId: ids.j1, completionAId: answerId(pair, 0), completionBId: answerId(pair, 1), choiceAFirst, choiceBFirst, choice, consistent } });
  }
  // J2: one verdict, V2 on P1 — only counted when no judging is picked.
  await db().judgeVerdict.create({ data: { judgingId: ids.j2, completionAId: answerId(1, 0), completionBId: answerId(1, 1), choiceAFirst: "b", choiceBFirst: "b", choice: "b", consistent: true } });
});

// The tests run in order and share the votes: from the second on, R3 is excluded.
describe("leaderboard sources", () => {
  it("counts every reviewer's votes by default, and says its source", async () => {
    // Humans, nobody excluded: 11 votes. V1 won P1 (R1, R2) and P3 (R1): 3; V2 won P2 (R1, R3),
    // P5 (R2), P1, P4, P6 (R3): 6; ties P3 (R2), P4 (R1): 2. V1's points 3 + 2·½ = 4.
    const data = await ok("");
    expect(data).toMatchObject({ source: "humans", totalVotes: 11, humanVotes: 11, judgeVerdicts: 0, fittedVotes: 11, excludedReviewers: 0, judge: null, lengthControl: null });
    expect(variant(data, ids.v1)).toMatchObject({ wins: 3, losses: 6, ties: 2, lengthControlled: null });
    expectSolvesScoreEquation(variant(data, ids.v1).rating, 4, 11);
  });

  it("leaves an excluded reviewer's votes out, and puts them back when the exclusion ends", async () => {
    const exclusion = await db().reviewerExclusion.create({ data: { reviewerId: ids.r3, reason: "voted without reading", createdById: ids.admin } });
    // Without R3: 7 votes. V1 won P1 ×2 and P3: 3; V2 won P2 and P5: 2; ties P3, P4: 2; points 4.
    const data = await ok("source=humans");
    expect(data).toMatchObject({ totalVotes: 7, humanVotes: 7, excludedReviewers: 1 });
    expect(variant(data, ids.v1)).toMatchObject({ wins: 3, losses: 2, ties: 2 });
    expectSolvesScoreEquation(variant(data, ids.v1).rating, 4, 7);
    // Inter-reviewer agreement leaves R3 out too: P1 (a, a) and P3 (a, tie) are the shared pairs.
    expect(data.agreement.votes.sharedItems).toBe(2);

    await db().reviewerExclusion.update({ where: { id: exclusion.id }, data: { endedAt: new Date(), endedById: ids.admin } });
    expect(await ok("source=humans")).toMatchObject({ totalVotes: 11, excludedReviewers: 0 });
    expect((await ok("source=humans")).agreement.votes.sharedItems).toBe(4); // P1, P2, P3, P4
    await db().reviewerExclusion.create({ data: { reviewerId: ids.r3, reason: "voted without reading", createdById: ids.admin } });
  });

  it("fits the judge's final choices, one vote per verdict, optionally of one judging", async () => {
    // J1 + J2: P1 a, P2 b, P3 tie, P4 tie, P5 a, P6 b (J1) and P1 b (J2); P7 has no final choice.
    const all = await ok("source=judge");
    expect(all).toMatchObject({ source: "judge", totalVotes: 7, humanVotes: 0, judgeVerdicts: 7 });
    expect(variant(all, ids.v1)).toMatchObject({ wins: 2, losses: 3, ties: 2 });
    expect(all.judge.judgings.map((item: { id: string; verdicts: number }) => [item.id, item.verdicts])).toEqual([[ids.j1, 7], [ids.j2, 1]]);
    // J1 alone: V1 2 won, 2 lost, 2 tied: points 3 of 6, so exactly even.
    const one = await ok(`source=judge&judgingId=${ids.j1}`);
    expect(one).toMatchObject({ judgingId: ids.j1, totalVotes: 6 });
    expect(variant(one, ids.v1)).toMatchObject({ wins: 2, losses: 2, ties: 2 });
    expect(variant(one, ids.v1).rating).toBeCloseTo(1000, 8);
    expect(one.judge.panels.map((panel: { judgingId: string }) => panel.judgingId)).toEqual([ids.j1]);
  });

  it("adds humans and judge for source=both (R3 excluded)", async () => {
    // Humans 7 (3 won, 2 lost, 2 tied) + J1 6 (2, 2, 2): 13 votes, V1 5 won, 4 lost, 4 tied, points 7.
    const data = await ok(`source=both&judgingId=${ids.j1}`);
    expect(data).toMatchObject({ source: "both", totalVotes: 13, humanVotes: 7, judgeVerdicts: 6 });
    expect(variant(data, ids.v1)).toMatchObject({ wins: 5, losses: 4, ties: 4 });
    expectSolvesScoreEquation(variant(data, ids.v1).rating, 7, 13);
  });

  it("measures J1's consistency and its agreement with the humans as computed by hand", async () => {
    const [panel] = (await ok(`source=both&judgingId=${ids.j1}`)).judge.panels;
    // Consistency: P1–P6 answered both orders (P7 did not), P3 flipped: 5 of 6. Wilson 95 %:
    // centre (5 + 1.9208)/(6 + 3.8415) = 0.70322, half 1.96·√(5/6 + 0.96037)/9.8415 = 0.26672.
    expect(panel).toMatchObject({ judge: "Judge", rubric: "Which answer is more correct?", verdicts: 7 });
    expect(panel.consistency).toMatchObject({ successes: 5, n: 6 });
    expect(panel.consistency.low).toBeCloseTo(0.4365, 3);
    expect(panel.consistency.high).toBeCloseTo(0.9699, 3);
    // Shared pairs (a J1 final choice and a counted human vote): P1–P5. P6's only voter is R3.
    //   P1 humans a, a | judge a      P2 b | b      P3 a, tie | tie      P4 tie | tie      P5 b | a
    // Raw agreement with the majority: P3 is split (no majority); P1, P2, P4 agree, P5 does not:
    // 3 of 4. Wilson: centre 4.9207/7.8415 = 0.62753, half 1.96·√(3/4 + 0.96037)/7.8415 = 0.32688.
    const { agreement } = panel;
    expect(agreement).toMatchObject({ sharedPairs: 5, tooFew: true });
    expect(agreement.raw).toMatchObject({ successes: 3, n: 4, split: 1 });
    expect(agreement.raw.low).toBeCloseTo(0.3006, 3);
    expect(agreement.raw.high).toBeCloseTo(0.9544, 3);
    // Krippendorff's alpha, the judge as one more coder. Coincidences (each unit's pairs / (m − 1)):
    //   P1 o_aa += 3; P2 o_bb += 2; P3 o_a,tie = o_tie,a += 1, o_tie,tie += 1; P4 o_tie,tie += 2;
    //   P5 o_ab = o_ba += 1. Marginals n_a = 5, n_b = 3, n_tie = 4, n = 12.
    // Nominal: D_o = 4, D_e = 2·(5·3 + 5·4 + 3·4) = 94, α = 1 − 11·4/94 = 25/47 = 0.53191.
    expect(agreement.nominal.alpha).toBeCloseTo(25 / 47, 10);
    // Ordinal a < tie < b: δ²(a,tie) = (5 + 4 − 4.5)² = 20.25, δ²(tie,b) = (4 + 3 − 3.5)² = 12.25,
    // δ²(a,b) = (12 − 4)² = 64. D_o = 2·(20.25 + 64) = 168.5,
    // D_e = 2·(5·4·20.25 + 5·3·64 + 4·3·12.25) = 3024, α = 1 − 11·168.5/3024 = 2341/6048 = 0.38707.
    expect(agreement.ordinal.alpha).toBeCloseTo(2341 / 6048, 10);
    for (const level of [agreement.nominal, agreement.ordinal]) {
      expect(level.low).toBeLessThanOrEqual(level.alpha);
      expect(level.high).toBeGreaterThanOrEqual(level.alpha);
    }
  });

  it("rebuilds the board when a verdict changes", async () => {
    const before = await ok(`source=judge&judgingId=${ids.j1}`);
    await db().judgeVerdict.updateMany({ where: { judgingId: ids.j1, completionAId: answerId(6, 0) }, data: { choiceAFirst: "a", choiceBFirst: "a", choice: "a" } });
    const after = await ok(`source=judge&judgingId=${ids.j1}`);
    expect(variant(before, ids.v1)).toMatchObject({ wins: 2, losses: 2 });
    expect(variant(after, ids.v1)).toMatchObject({ wins: 3, losses: 1 });
    await db().judgeVerdict.updateMany({ where: { judgingId: ids.j1, completionAId: answerId(6, 0) }, data: { choiceAFirst: "b", choiceBFirst: "b", choice: "b" } });
  });

  it("shows length-controlled ratings beside the plain ones on request", async () => {
    const data = await ok(`source=both&judgingId=${ids.j1}&lengthControl=true`);
    // The same 13 votes with their lengths: V1 was the longer answer on odd pairs.
    const score = { a: 1, b: 0, tie: 0.5 } as const;
    const counted = [...humanVotes.R1, ...humanVotes.R2, ...verdictsJ1.filter((verdict) => verdict[3] !== null).map(([pair, , , choice]) => [pair, choice] as [number, Choice])];
    const outcomes: LengthOutcome[] = counted.map(([pair, choice]) => ({ a: "V1", b: "V2", scoreA: score[choice as "a" | "b" | "tie"], lengthA: pair % 2 ? 300 : 100, lengthB: pair % 2 ? 100 : 300 }));
    const expected = fitLengthControlled(outcomes);
    const controlled = variant(data, ids.v1).lengthControlled!;
    expect(controlled.rating).toBeCloseTo(toRating(expected.theta.V1!), 8);
    expect(controlled.low).toBeLessThanOrEqual(controlled.rating);
    expect(controlled.high).toBeGreaterThanOrEqual(controlled.rating);
    expect(data.lengthControl.gamma.estimate).toBeCloseTo(expected.gamma, 8);
    expect(data.lengthControl.scale).toBeCloseTo(0.5, 12); // relative differences all ±½
  });

  it("leaves a judge's own calls out of the answers it counts", async () => {
    // A rating on one of J1's calls (a completion with judgingId) is not a rating of the Judge variant.
    const judge = await db().variant.findUniqueOrThrow({ where: { name: "Judge" } });
    const call = await db().completion.create({ data: { variantId: judge.id, judgingId: ids.j1, status: "done", request: {}, text: "A" } });
    const reviewer = await db().user.findUniqueOrThrow({ where: { email: "r1@example.com" } });
    await db().rating.create({ data: { completionId: call.id, reviewerId: reviewer.id, criterion: "correctness", score: 5 } });
    const data = await ok("source=both");
    expect(data.ratings.filter((rating: { variantId: string }) => rating.variantId === judge.id)).toEqual([]);
  });

  it("names the field of a bad source, judging or length switch", async () => {
    for (const [query, field] of [["source=robots", "source"], ["judgingId=nope", "judgingId"], ["lengthControl=maybe", "lengthControl"]]) {
      const { status, body } = await board(query!);
      expect(status).toBe(400);
      expect(JSON.stringify(body)).toContain(field);
    }
  });
});
