// A vote carries the variants of its two answers (Vote.variantAId/variantBId), so the leaderboard
// counts votes per variant pair from the vote table alone. The vote route fills them in the
// canonical order whichever side was sent first; the migration that added them fills them for
// votes cast before; and the board counted from them equals the board counted by looking up each
// vote's answers.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as voteRoute } from "../../app/api/v1/votes/route";
import { db } from "../../lib/db/client";
import { migrationsDir } from "../../lib/db/migrate";
import { voteGroups } from "../../lib/review/leaderboard-votes";
import { callAs, createReviewWorld, votedPair, type ReviewWorld } from "../helpers/review-world";

let world: ReviewWorld;

beforeAll(async () => {
  world = await createReviewWorld(["r1", "r2"], ["X", "Y", "Z"], 3);
});

/** Votes per (variant A, variant B, choice), each vote's answers looked up: what the columns replace. */
async function countedByAnswers() {
  return db().$queryRaw<Array<{ a: string; b: string; choice: string; n: number }>>`
    SELECT ca."variantId" AS a, cb."variantId" AS b, v.choice::text AS choice, count(*)::int AS n
    FROM "Vote" v JOIN "Completion" ca ON ca.id = v."completionAId" JOIN "Completion" cb ON cb.id = v."completionBId"
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
}

const sorted = <T extends { a: string; b: string; choice: string }>(rows: T[]) => [...rows].sort((p, q) => `${p.a}${p.b}${p.choice}`.localeCompare(`${q.a}${q.b}${q.choice}`));

describe("a vote's variants", () => {
  it("are filled by the vote route, kept by the migration's backfill, and count the board as the answers do", async () => {
    const cast: Array<[string, string, string, "a" | "b" | "tie"]> = [
      ["r1", world.turns[0]!.X!, world.turns[0]!.Y!, "a"],
      ["r1", world.turns[0]!.Z!, world.turns[0]!.X!, "b"], // sent in the other order: stored swapped
      ["r2", world.turns[1]!.Y!, world.turns[1]!.Z!, "tie"],
      ["r2", world.turns[2]!.Z!, world.turns[2]!.Y!, "a"],
    ];
    for (const [reviewer, left, right, choice] of cast) {
      expect((await callAs(voteRoute, world.users[reviewer]!.auth, { body: { completionAId: left, completionBId: right, choice } })).status).toBe(200);
    }
    const stored = await db().vote.findMany({ select: { completionAId: true, completionBId: true, variantAId: true, variantBId: true } });
    expect(stored).toHaveLength(4);
    for (const vote of stored) expect(vote).toEqual(votedPair(world, vote.completionAId, vote.completionBId));

    const board = (await voteGroups({ source: "humans" })).map(({ a, b, choice, n }) => ({ a, b, choice, n }));
    expect(sorted(board)).toEqual(sorted(await countedByAnswers()));

    // Votes from before the migration: its backfill gives them their answers' variants.
    await db().$executeRaw`UPDATE "Vote" SET "variantAId" = "variantBId", "variantBId" = "variantAId"`;
    expect(sorted((await voteGroups({ source: "humans" })).map(({ a, b, choice, n }) => ({ a, b, choice, n })))).not.toEqual(sorted(await countedByAnswers()));
    const dir = readdirSync(migrationsDir).find((name) => name.endsWith("_vote_variants"))!;
    const migration = readFileSync(path.join(migrationsDir, dir, "migration.sql"), "utf8");
    const backfill = migration.slice(migration.indexOf('UPDATE "Vote" v'), migration.indexOf("ALTER TABLE", migration.indexOf('UPDATE "Vote" v')));
    await db().$executeRawUnsafe(backfill);
    for (const vote of await db().vote.findMany({ select: { completionAId: true, completionBId: true, variantAId: true, variantBId: true } })) {
      expect(vote).toEqual(votedPair(world, vote.completionAId, vote.completionBId));
    }
  });
});
