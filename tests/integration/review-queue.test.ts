// The review queue's choices with a real database and a real leaderboard: it asks about
// overlapping neighbours before pairs that merely have fewer votes, mixes an unvoted gold pair in
// when the (seeded) draw says so without the answer showing it, and narrows to one run or dataset.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as next } from "../../app/api/v1/review/next/route";
import { POST as markGold } from "../../app/api/v1/review/gold/route";
import { POST as vote } from "../../app/api/v1/votes/route";
import { db } from "../../lib/db/client";
import { leaderboard } from "../../lib/review/leaderboard";
import { nextPair } from "../../lib/review/queue";
import { createRun } from "../../lib/runs/create-run";
import { executeRun } from "../../lib/runs/execute-run";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";
import { callAs, canonical, createReviewWorld, votedPair, type ReviewWorld } from "../helpers/review-world";
import { closeJobSender } from "../../lib/jobs/sender";

let world: ReviewWorld;
let wire: WireServer;
let runWorld: RunWorld;
let runId = "";
const crowd = ["c1", "c2", "c3", "c4"];
const TURNS = 12;

/** Which two variants a served pair is between, e.g. "X–Y". */
async function variantsOf(pair: { left: { completionId: string }; right: { completionId: string } }) {
  const rows = await db().completion.findMany({ where: { id: { in: [pair.left.completionId, pair.right.completionId] } }, select: { variant: { select: { name: true } } } });
  return rows.map((row) => row.variant.name).sort().join("–");
}

beforeAll(async () => {
  world = await createReviewWorld([...crowd, "fresh"], ["X", "Y", "Z"], TURNS);
  // The board: X beat Y 16–0 (turns 0–3, four reviewers) and Z 16–0; Y and Z split 20–20 (turns
  // 0–9). Y–Z has the MOST votes, so the old least-voted rule would ask about X–Y or X–Z next.
  const votes: Array<ReturnType<typeof votedPair> & { reviewerId: string; choice: "a" | "b" }> = [];
  const win = (winner: string, loser: string, reviewer: string) => {
    const pair = votedPair(world, winner, loser);
    votes.push({ ...pair, reviewerId: world.users[reviewer]!.id, choice: pair.completionAId === winner ? "a" : "b" });
  };
  for (const [turn, answers] of world.turns.entries()) {
    for (const [k, reviewer] of crowd.entries()) {
      if (turn < 4) {
        win(answers.X!, answers.Y!, reviewer);
        win(answers.X!, answers.Z!, reviewer);
      }
      if (turn < 10 && k % 2) win(answers.Y!, answers.Z!, reviewer);
      if (turn < 10 && !(k % 2)) win(answers.Z!, answers.Y!, reviewer);
    }
  }
  await db().vote.createMany({ data: votes });
});

const noGold = () => 0.5;

describe("uncertainty", () => {
  it("asks about overlapping neighbours before the least-voted pairs", async () => {
    const board = await leaderboard({ resamples: 200 });
    const name = (id: string) => board.variants.find((variant) => variant.id === id)!.name;
    // The premise, as the board sees it: X on top, separated; Y and Z overlapping neighbours.
    expect(board.variants[0]!.name).toBe("X");
    expect(board.separation.map((pair) => [name(pair.above), pair.overlapping])).toEqual([
      ["X", false],
      [expect.stringMatching(/^[YZ]$/), true],
    ]);

    const fresh = world.users.fresh!.id;
    const skip: string[] = [];
    for (let i = 0; i < 5; i++) {
      const pair = (await nextPair(fresh, { skip, random: noGold }))!;
      expect(await variantsOf(pair)).toBe("Y–Z");
      // Every pair of the 12 turns × 3 variant pairs is still open, skips aside.
      expect(pair.remaining).toBe(TURNS * 3 - i);
      skip.push(canonical(pair.left.completionId, pair.right.completionId).join("|"));
    }
  });
});

describe("gold pairs", () => {
  it("are served unannounced when the draw falls under one in ten, until voted", async () => {
    const fresh = world.users.fresh!;
    const [a, b] = canonical(world.turns[11]!.X!, world.turns[11]!.Y!);
    expect((await callAs(markGold, world.users.admin!.auth, { body: { completionAId: a, completionBId: b, expected: "a" } })).status).toBe(201);

    const gold = (await nextPair(fresh.id, { random: () => 0.05 }))!;
    const ordinary = (await nextPair(fresh.id, { random: () => 0.1 }))!;
    expect(canonical(gold.left.completionId, gold.right.completionId)).toEqual([a, b]);
    expect(await variantsOf(ordinary)).toBe("Y–Z");
    // Nothing tells them apart: the same fields, the same count of pairs left.
    const shape = (value: unknown): unknown => (value && typeof value === "object" ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)])) : typeof value);
    expect(shape(gold)).toEqual(shape(ordinary));
    expect(gold.remaining).toBe(ordinary.remaining);

    // Reviewers cannot ask for gold pairs by name; admins can.
    expect((await callAs(next, fresh.auth, { search: "?gold=true" })).status).toBe(403);
    const asked = (await callAs(next, world.users.admin!.auth, { search: "?gold=true" })).body.pair;
    expect(canonical(asked.left.completionId, asked.right.completionId)).toEqual([a, b]);
    expect(asked.remaining).toBe(1);

    expect((await callAs(vote, fresh.auth, { body: { completionAId: a, completionBId: b, choice: "a" } })).status).toBe(200);
    expect(await variantsOf((await nextPair(fresh.id, { random: () => 0 }))!)).toBe("Y–Z");
  });
});

describe("targeting", () => {
  // Made only now: a run's two variants, never voted on, would otherwise come first above (a pair
  // the board cannot compare at all is the most uncertain of all).
  beforeAll(async () => {
    wire = await startWireServer();
    runWorld = await createRunWorld(wire, ["alpha", "beta"], 2);
    ({ id: runId } = await createRun({ kind: "replay", prompt: runWorld.promptName, dataset: runWorld.datasetName, variants: ["v-alpha", "v-beta"] }, runWorld.userId));
    expect(await executeRun(runId)).toBe("finished");
  });
  afterAll(async () => {
    await closeJobSender();
    await wire?.close();
  });

  it("narrows the queue to one run or one dataset", async () => {
    const auth = world.users.fresh!.auth;
    // Unfiltered, the run's pair comes first: its variants have no votes yet.
    const first = (await callAs(next, auth)).body.pair;
    expect(await variantsOf(first)).toBe("v-alpha–v-beta");
    for (const search of [`?runId=${runId}`, `?datasetId=${runWorld.datasetId}`]) {
      const result = await callAs(next, auth, { search });
      expect(result.status).toBe(200);
      const { pair } = result.body;
      expect(pair.remaining).toBe(2);
      const items = await db().runItem.findMany({ where: { completionId: { in: [pair.left.completionId, pair.right.completionId] } } });
      expect(items.map((item) => item.runId)).toEqual([runId, runId]);
    }
    expect((await callAs(next, auth, { search: "?runId=00000000-0000-7000-8000-000000000000" })).body.pair).toBeNull();
    const bad = await callAs(next, auth, { search: "?runId=nope" });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.errors)).toContain("runId");
  });
});
