// The queue keeps everyone's pair counts between requests (queue-totals.ts) and subtracts the
// reviewer's own votes and skips: what it says is left must stay exact as answers are added,
// finish or go, and as this and other reviewers vote.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { nextPair } from "../../lib/review/queue";
import { canonical, createReviewWorld, votedPair, type ReviewWorld } from "../helpers/review-world";

let world: ReviewWorld;
const noGold = () => 0.5;

beforeAll(async () => {
  world = await createReviewWorld(["r1", "r2"], ["X", "Y"], 3);
});

const remaining = async (reviewer: string, skip: string[] = []) => (await nextPair(world.users[reviewer]!.id, { random: noGold, skip }))?.remaining ?? 0;

async function addTurn(index: number, status: "done" | "streaming") {
  const column = await db().sessionColumn.findMany({ where: { variantId: { in: [world.variants.X!, world.variants.Y!] } }, orderBy: { position: "asc" } });
  const turn = await db().turn.create({ data: { sessionId: column[0]!.sessionId, index, content: `Question ${index}` } });
  const ids = [];
  for (const col of column) ids.push((await db().completion.create({ data: { turnId: turn.id, columnId: col.id, variantId: col.variantId!, status, request: {}, text: `answer ${index}` } })).id);
  return { turn, ids };
}

describe("the queue's counts", () => {
  it("stay exact through votes, skips, new answers, answers finishing and a deleted turn", async () => {
    expect(await remaining("r1")).toBe(3);
    // Counted once, then kept: the same again, however often asked.
    expect(await remaining("r1")).toBe(3);

    const [a, b] = canonical(world.turns[0]!.X!, world.turns[0]!.Y!);
    await db().vote.create({ data: { ...votedPair(world, a, b), reviewerId: world.users.r1!.id, choice: "a" } });
    expect(await remaining("r1")).toBe(2);
    expect(await remaining("r2")).toBe(3);
    // A skip counts as done for this sitting; skipping a voted pair does not count twice.
    const [c, d] = canonical(world.turns[1]!.X!, world.turns[1]!.Y!);
    expect(await remaining("r1", [`${c}|${d}`, `${a}|${b}`, "not|a-pair"])).toBe(1);

    // A vote that committed late with an id older than one already counted (two tabs): the kept
    // count cannot tell it from the votes newer than those it covers, so it counts all again.
    const [e, f] = canonical(world.turns[2]!.X!, world.turns[2]!.Y!);
    await db().vote.create({ data: { id: "00000000-0000-7000-8000-000000000001", ...votedPair(world, e, f), reviewerId: world.users.r1!.id, choice: "b" } });
    expect(await remaining("r1")).toBe(1);
    // Votes go only with their answers or reviewer; one gone all the same is counted again too.
    await db().vote.delete({ where: { id: "00000000-0000-7000-8000-000000000001" } });
    expect(await remaining("r1")).toBe(2);

    // A new turn still streaming adds nothing; once its answers finish, its pair is there.
    const added = await addTurn(3, "streaming");
    expect(await remaining("r1")).toBe(2);
    await db().completion.updateMany({ where: { id: { in: added.ids } }, data: { status: "done" } });
    expect(await remaining("r1")).toBe(3);
    expect(await remaining("r2")).toBe(4);

    // A deleted turn takes its pair along.
    await db().turn.delete({ where: { id: added.turn.id } });
    expect(await remaining("r2")).toBe(3);

    // Served pairs are always candidates: voting on each in turn empties the queue exactly.
    for (let left = 3; left > 0; left--) {
      const pair = (await nextPair(world.users.r2!.id, { random: noGold }))!;
      expect(pair.remaining).toBe(left);
      await db().vote.create({ data: { ...votedPair(world, pair.left.completionId, pair.right.completionId), reviewerId: world.users.r2!.id, choice: "tie" } });
    }
    expect(await nextPair(world.users.r2!.id, { random: noGold })).toBeNull();
  });
});
