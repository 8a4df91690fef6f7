// Reviewer quality end to end: votes cast through the API by four reviewers on fixed pairs, gold
// pairs marked by an admin, times per vote from controlled serving times — and the figures the
// reviewers endpoint reports, each computed by hand in the comments. Then exclusions (recorded,
// refused twice, ended, kept as history) and the queue recording what it served.
import { beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteGold } from "../../app/api/v1/review/gold/[id]/route";
import { GET as listGold, POST as markGold } from "../../app/api/v1/review/gold/route";
import { POST as endExclusion } from "../../app/api/v1/review/reviewers/[id]/exclusions/end/route";
import { GET as exclusionHistory, POST as exclude } from "../../app/api/v1/review/reviewers/[id]/exclusions/route";
import { GET as reviewers } from "../../app/api/v1/review/reviewers/route";
import { GET as next } from "../../app/api/v1/review/next/route";
import { POST as vote } from "../../app/api/v1/votes/route";
import { db } from "../../lib/db/client";
import type { ReviewerQuality } from "../../lib/review/reviewer-quality";
import { callAs, canonical, createReviewWorld, type ReviewWorld } from "../helpers/review-world";

let world: ReviewWorld;
/** P[i]: the pair of turn i, canonical (A = smaller id). */
const P: Array<[string, string]> = [];
const auth = (name: string) => world.users[name]!.auth;

/** A vote as the queue would send it: `left` first, the choice for that order. */
async function castAs(name: string, left: string, right: string, choice: "a" | "b" | "tie" | "both_bad") {
  const result = await callAs(vote, auth(name), { body: { completionAId: left, completionBId: right, choice } });
  expect(result.status).toBe(200);
  return result.body.vote;
}

/** As if the queue had served the pair `ms` milliseconds ago. */
async function servedAgo(name: string, [a, b]: [string, string], ms: number) {
  const pair = { reviewerId: world.users[name]!.id, completionAId: a, completionBId: b };
  const servedAt = new Date(Date.now() - ms);
  await db().reviewAssignment.upsert({ where: { reviewerId_completionAId_completionBId: pair }, create: { ...pair, servedAt }, update: { servedAt } });
}

beforeAll(async () => {
  world = await createReviewWorld(["r1", "r2", "r3", "r4", "r5"], ["X", "Y"], 14);
  for (const turn of world.turns) P.push(canonical(turn.X!, turn.Y!));

  // P0: r1 a, r2 a, r3 b, r4 a.   P1: r1 b, r2 b, r3 b.   P2: r1 tie, r2 a, r3 b. All sent in
  // canonical order, so the left answer is the canonical A.
  for (const [name, choices] of Object.entries({ r1: ["a", "b", "tie"], r2: ["a", "b", "a"], r3: ["b", "b", "b"] } as const)) {
    for (const [i, choice] of choices.entries()) {
      await servedAgo(name, P[i]!, 10_000);
      await castAs(name, P[i]![0], P[i]![1], choice);
    }
  }
  // r4: P0 "a" in canonical order (left wins), then P3..P11 sent the other way round (left = the
  // canonical B): "a" (left wins) on eight, "b" (right wins) on P11. Served 1.0 s, 1.2 s, … ago.
  const r4Times = [1000, 1200, 1500, 1800, 2000, 2200, 2500, 20_000, 30_000, 40_000];
  await servedAgo("r4", P[0]!, r4Times[0]!);
  await castAs("r4", P[0]![0], P[0]![1], "a");
  for (let i = 3; i <= 11; i++) {
    await servedAgo("r4", P[i]!, r4Times[i - 2]!);
    await castAs("r4", P[i]![1], P[i]![0], i === 11 ? "b" : "a");
  }
});

describe("votes", () => {
  it("keep the side shown on the left and the time since the pair was served", async () => {
    const stored = await db().vote.findFirstOrThrow({ where: { reviewerId: world.users.r4!.id, completionAId: P[3]![0] } });
    // Sent as (B, A) with "a": stored canonically as "b", the left answer being the canonical B.
    expect(stored).toMatchObject({ choice: "b", shownLeftId: P[3]![1] });
    expect(stored.elapsedMs).toBeGreaterThanOrEqual(1200);
    expect(stored.elapsedMs).toBeLessThan(1200 + 2000);
  });
});

describe("gold pairs", () => {
  it("are marked by admins on valid pairs only, in the order given", async () => {
    // P0 given the other way round with "b" (the canonical A is better): stored as "a".
    const marked = await callAs(markGold, auth("admin"), { body: { completionAId: P[0]![1], completionBId: P[0]![0], expected: "b", note: "X is right" } });
    expect(marked.status).toBe(201);
    expect(marked.body.goldPair).toMatchObject({ completionAId: P[0]![0], completionBId: P[0]![1], expected: "a", note: "X is right", variantA: expect.any(String) });
    expect((await callAs(markGold, auth("admin"), { body: { completionAId: P[1]![0], completionBId: P[1]![1], expected: "tie" } })).status).toBe(201);

    const otherInput = await callAs(markGold, auth("admin"), { body: { completionAId: world.turns[0]!.X, completionBId: world.turns[1]!.Y, expected: "a" } });
    expect(otherInput.status).toBe(400);
    expect(otherInput.body.detail).toContain("same input");
    const badChoice = await callAs(markGold, auth("admin"), { body: { completionAId: P[2]![0], completionBId: P[2]![1], expected: "left" } });
    expect(badChoice.status).toBe(400);
    expect(JSON.stringify(badChoice.body.errors)).toContain("expected");
    expect((await callAs(markGold, auth("r1"), { body: { completionAId: P[2]![0], completionBId: P[2]![1], expected: "a" } })).status).toBe(403);
    expect((await callAs(listGold, auth("r1"))).status).toBe(403);

    // P0: r1 a, r2 a, r3 b, r4 a against "a" → 3 of 4 right. P1: three "b" against "tie" → 0 of 3.
    const list = (await callAs(listGold, auth("admin"))).body.goldPairs;
    expect(list.map((row: { completionAId: string; votes: number; correct: number }) => [row.completionAId, row.votes, row.correct])).toEqual([
      [P[1]![0], 3, 0],
      [P[0]![0], 4, 3],
    ]);
  });

  it("can be deleted, once", async () => {
    const made = await callAs(markGold, auth("admin"), { body: { completionAId: P[13]![0], completionBId: P[13]![1], expected: "both_bad" } });
    expect((await callAs(deleteGold, auth("admin"), { method: "DELETE", params: { id: made.body.goldPair.id } })).status).toBe(204);
    expect((await callAs(deleteGold, auth("admin"), { method: "DELETE", params: { id: made.body.goldPair.id } })).status).toBe(404);
  });
});

describe("reviewer quality", () => {
  it("matches the figures computed by hand", async () => {
    expect((await callAs(reviewers, auth("r1"))).status).toBe(403);
    const rows = (await callAs(reviewers, auth("admin"))).body.reviewers as Array<{ name: string; quality: ReviewerQuality }>;
    const q = Object.fromEntries(rows.map((row) => [row.name, row.quality])) as Record<"r1" | "r2" | "r3" | "r4" | "r5", ReviewerQuality>;

    expect([q.r1.votes, q.r2.votes, q.r3.votes, q.r4.votes, q.r5.votes]).toEqual([3, 3, 3, 10, 0]);

    // Leave-one-out agreement. r1: P0 others a,b,a → a ✓; P1 others b,b → b ✓; P2 others a,b → split, skipped: 2/2.
    // r2: P0 others a,b,a → a ✓; P1 ✓; P2 others tie,b → split: 2/2. r3: P0 others a,a,a → a ✗; P1 ✓; P2 split: 1/2.
    // r4: P0 others a,a,b → a ✓; P3..P11 nobody else: 1/1.
    expect([q.r1, q.r2, q.r3, q.r4].map((row) => [row.agreement.count, row.agreement.n])).toEqual([[2, 2], [2, 2], [1, 2], [1, 1]]);
    // Wilson 95 % for 1 of 2: centre (1 + 1.92)/(2 + 3.84) = 0.5, half 1.96·√(0.5 + 0.96)/5.84 = 0.4055.
    expect(q.r3.agreement.ci95[0]).toBeCloseTo(0.0945, 3);
    expect(q.r3.agreement.ci95[1]).toBeCloseTo(0.9055, 3);

    // Left-shown wins among decisive votes. r1: P0 a (left) ✓, P1 b ✗, P2 tie not counted: 1 of 2, p = 1.
    // r3: b, b, b, the left never winning: 0 of 3, p = 2 · (1/2)³ = 0.25.
    // r4: P0 left ✓ + eight left wins + P11 right: 9 of 10, p = 2 · 11/1024 = 0.021484375.
    expect([q.r1.leftWins.count, q.r1.leftWins.n, q.r1.leftWins.pValue]).toEqual([1, 2, 1]);
    expect([q.r3.leftWins.count, q.r3.leftWins.n]).toEqual([0, 3]);
    expect(q.r3.leftWins.pValue).toBeCloseTo(0.25, 12);
    expect([q.r4.leftWins.count, q.r4.leftWins.n]).toEqual([9, 10]);
    expect(q.r4.leftWins.pValue).toBeCloseTo(0.021484375, 12);

    // Time: r4's ten votes came 1.0, 1.2, 1.5, 1.8, 2.0, 2.2, 2.5, 20, 30, 40 s after serving (plus
    // the few ms each request takes): median (2.0 + 2.2)/2 = 2.1 s, under 3 s. r1: three votes at 10 s.
    expect(q.r4.time.timedVotes).toBe(10);
    expect(q.r4.time.medianMs).toBeGreaterThanOrEqual(2100);
    expect(q.r4.time.medianMs).toBeLessThan(2900);
    expect(q.r4.time.tooFast).toBe(true);
    expect(q.r1.time).toMatchObject({ timedVotes: 3, tooFast: false });
    expect(q.r1.time.medianMs).toBeGreaterThanOrEqual(10_000);

    // Gold: P0 expects a, P1 tie. r1: a ✓, b ✗ → 1/2. r3: b ✗, b ✗ → 0/2. r4: P0 a ✓ → 1/1.
    expect([q.r1, q.r2, q.r3, q.r4].map((row) => [row.gold.count, row.gold.n])).toEqual([[1, 2], [1, 2], [0, 2], [1, 1]]);

    expect(q.r4.flags).toEqual(["too-fast", "side-bias"]);
    expect([q.r1.flags, q.r2.flags, q.r3.flags]).toEqual([[], [], []]);
  });
});

describe("exclusions", () => {
  it("are recorded with a reason, refused while active, ended and kept as history", async () => {
    const id = world.users.r4!.id;
    const noReason = await callAs(exclude, auth("admin"), { params: { id }, body: { reason: "  " } });
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.body.errors)).toContain("reason");
    expect((await callAs(exclude, auth("r1"), { params: { id }, body: { reason: "x" } })).status).toBe(403);
    expect((await callAs(exclude, auth("admin"), { params: { id: "00000000-0000-7000-8000-000000000000" }, body: { reason: "x" } })).status).toBe(404);

    // Two admins at once: one exclusion, one 409.
    const both = await Promise.all([1, 2].map(() => callAs(exclude, auth("admin"), { params: { id }, body: { reason: "Votes in 2 s, left side 9 of 10" } })));
    expect(both.map((result) => result.status).sort()).toEqual([201, 409]);
    let row = ((await callAs(reviewers, auth("admin"))).body.reviewers as Array<{ id: string; excluded: { reason: string; createdBy: { name: string } } | null }>).find((item) => item.id === id)!;
    expect(row.excluded).toMatchObject({ reason: "Votes in 2 s, left side 9 of 10", createdBy: { name: "admin" } });

    const ended = await callAs(endExclusion, auth("admin"), { params: { id } });
    expect(ended.status).toBe(200);
    expect(ended.body.exclusion).toMatchObject({ endedBy: { name: "admin" }, endedAt: expect.any(String) });
    expect((await callAs(endExclusion, auth("admin"), { params: { id } })).status).toBe(409);
    expect((await callAs(exclude, auth("admin"), { params: { id }, body: { reason: "Again" } })).status).toBe(201);

    const history = (await callAs(exclusionHistory, auth("admin"), { params: { id } })).body.exclusions;
    expect(history.map((item: { reason: string; endedAt: string | null }) => [item.reason, item.endedAt === null])).toEqual([
      ["Again", true],
      ["Votes in 2 s, left side 9 of 10", false],
    ]);
    row = ((await callAs(reviewers, auth("admin"))).body.reviewers as typeof row[]).find((item) => item.id === id)!;
    expect(row.excluded).toMatchObject({ reason: "Again" });
  });
});

describe("the queue", () => {
  it("records when it served a pair, and the vote takes its time and side from there", async () => {
    const before = Date.now();
    const { pair } = (await callAs(next, auth("r5"))).body;
    const [a, b] = canonical(pair.left.completionId, pair.right.completionId);
    const served = await db().reviewAssignment.findUniqueOrThrow({ where: { reviewerId_completionAId_completionBId: { reviewerId: world.users.r5!.id, completionAId: a, completionBId: b } } });
    expect(served.servedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    await servedAgo("r5", [a, b], 7000);
    const cast = await castAs("r5", pair.left.completionId, pair.right.completionId, "a");
    expect(cast.shownLeftId).toBe(pair.left.completionId);
    expect(cast.elapsedMs).toBeGreaterThanOrEqual(7000);
    expect(cast.elapsedMs).toBeLessThan(9000);

    // A vote on a pair the queue never served this reviewer has no time.
    const unserved = P.find(([x, y]) => !(x === a && y === b))!;
    expect((await castAs("r5", unserved[0], unserved[1], "tie")).elapsedMs).toBeNull();
  });
});
