// Each pair's vote count (VotedPair), kept by statement triggers on Vote, equals a count of the
// votes after every way votes change: cast through the route, changed, several in one statement,
// deleted, gone with their reviewer or their answer (cascades), moved to another answer, and two
// reviewers voting on one pair at the same moment. The board's agreement, read from the kept
// pairs, equals the agreement grouped from every vote as it was before.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as voteRoute } from "../../app/api/v1/votes/route";
import { db } from "../../lib/db/client";
import { migrationsDir } from "../../lib/db/migrate";
import { Prisma } from "../../lib/db/generated/client";
import { agreement } from "../../lib/review/leaderboard";
import { countedReviewerSql } from "../../lib/review/leaderboard-votes";
import { answerScopeSql, completionScope } from "../../lib/review/scope";
import { krippendorffAlpha } from "../../lib/stats/krippendorff";
import { callAs, canonical, createReviewWorld, votedPair, type ReviewWorld } from "../helpers/review-world";

let world: ReviewWorld;
const reviewers = ["r1", "r2", "r3", "r4"];

beforeAll(async () => {
  world = await createReviewWorld(reviewers, ["X", "Y", "Z"], 4);
});

const kept = () => db().$queryRaw<Array<{ a: string; b: string; n: number }>>`SELECT "completionAId" AS a, "completionBId" AS b, votes AS n FROM "VotedPair" ORDER BY 1, 2`;
const counted = () => db().$queryRaw<Array<{ a: string; b: string; n: number }>>`SELECT "completionAId" AS a, "completionBId" AS b, count(*)::int AS n FROM "Vote" GROUP BY 1, 2 ORDER BY 1, 2`;

/** The agreement over votes as the board computed it before the kept pairs: every vote grouped by pair. */
async function agreementFromEveryVote(scope: { runId?: string; sessionId?: string }) {
  const code = { a: 0, b: 1, tie: 2, both_bad: 3 } as const;
  const pairs = await db().$queryRaw<Array<{ choices: Array<keyof typeof code> }>>`
    SELECT array_agg(v.choice::text ORDER BY v."reviewerId") AS choices FROM "Vote" v
    WHERE ${countedReviewerSql(Prisma.sql`v."reviewerId"`)} AND ${answerScopeSql(Prisma.sql`v."completionAId"`, scope)}
    GROUP BY v."completionAId", v."completionBId" HAVING count(*) >= 2 ORDER BY v."completionAId", v."completionBId"`;
  const units = pairs.map((row) => row.choices.map((choice) => code[choice]));
  return { alpha: krippendorffAlpha(units, "nominal"), sharedItems: units.length, level: "nominal" };
}

async function expectInStep() {
  const truth = await counted();
  expect(await kept()).toEqual(truth);
  for (const scope of [{}, { sessionId: (await db().session.findFirstOrThrow()).id }]) {
    expect((await agreement(scope, completionScope(scope))).votes).toEqual(await agreementFromEveryVote(scope));
  }
  return truth;
}

const cast = async (reviewer: string, left: string, right: string, choice: "a" | "b" | "tie" | "both_bad") =>
  expect((await callAs(voteRoute, world.users[reviewer]!.auth, { body: { completionAId: left, completionBId: right, choice } })).status).toBe(200);

const voteRow = (reviewer: string, x: string, y: string, choice: "a" | "b" | "tie") => ({ ...votedPair(world, x, y), reviewerId: world.users[reviewer]!.id, choice });

describe("the kept vote count of each pair", () => {
  it("equals a count of the votes through every change, and the agreement read from it is the same", async () => {
    const [t0, t1, t2, t3] = world.turns as [Record<string, string>, Record<string, string>, Record<string, string>, Record<string, string>];
    expect(await expectInStep()).toEqual([]);

    // Cast through the route: one pair by three reviewers (sent in both orders), another once.
    await cast("r1", t0.X!, t0.Y!, "a");
    await cast("r2", t0.Y!, t0.X!, "b");
    await cast("r3", t0.X!, t0.Y!, "tie");
    await cast("r1", t1.Y!, t1.Z!, "a");
    expect((await expectInStep()).map((row) => row.n).sort()).toEqual([1, 3]);
    expect((await agreement({}, completionScope({}))).votes.sharedItems).toBe(1);

    // Changed: the count stays.
    await cast("r1", t0.X!, t0.Y!, "b");
    await expectInStep();

    // Several in one statement, two of them on one pair.
    await db().vote.createMany({ data: [voteRow("r2", t1.Y!, t1.Z!, "a"), voteRow("r3", t1.Y!, t1.Z!, "b"), voteRow("r1", t2.X!, t2.Z!, "tie"), voteRow("r4", t3.X!, t3.Y!, "a")] });
    await expectInStep();
    expect((await agreement({}, completionScope({}))).votes.sharedItems).toBe(2);

    // Deleted one at a time and several at once (a pair left with one vote, a pair left with none).
    const [a2, b2] = canonical(t2.X!, t2.Z!);
    await db().vote.delete({ where: { completionAId_completionBId_reviewerId: { completionAId: a2, completionBId: b2, reviewerId: world.users.r1!.id } } });
    await db().vote.deleteMany({ where: { reviewerId: world.users.r3!.id } });
    await expectInStep();

    // Moved to another answer (an update of the pair itself): both pairs follow.
    await db().$executeRaw`UPDATE "Vote" SET "completionBId" = ${canonical(t3.X!, t3.Z!)[1]}::uuid, "completionAId" = ${canonical(t3.X!, t3.Z!)[0]}::uuid WHERE "reviewerId" = ${world.users.r4!.id}::uuid`;
    await expectInStep();

    // Gone with their reviewer, then with their answer (foreign-key cascades).
    await cast("r4", t0.X!, t0.Y!, "a");
    await cast("r4", t1.Y!, t1.Z!, "b");
    await expectInStep();
    await db().user.delete({ where: { id: world.users.r4!.id } });
    expect(await expectInStep()).toContainEqual({ a: canonical(t0.X!, t0.Y!)[0], b: canonical(t0.X!, t0.Y!)[1], n: 2 });
    await db().completion.delete({ where: { id: t1.Z! } });
    const left = await expectInStep();
    expect(left.some((row) => row.a === t1.Z || row.b === t1.Z)).toBe(false);
    expect(left.map((row) => row.n)).toEqual([2]);
  });

  it("counts two reviewers voting on one pair at the same moment", async () => {
    const [x, y] = canonical(world.turns[2]!.X!, world.turns[2]!.Y!);
    const clients = [new pg.Client({ connectionString: process.env.DATABASE_URL }), new pg.Client({ connectionString: process.env.DATABASE_URL })];
    await Promise.all(clients.map((client) => client.connect()));
    try {
      const insert = (client: pg.Client, reviewer: string) =>
        client.query(`INSERT INTO "Vote" (id, "completionAId", "completionBId", "variantAId", "variantBId", "reviewerId", choice, "updatedAt") SELECT gen_random_uuid(), $1, $2, a."variantId", b."variantId", $3, 'a', now() FROM "Completion" a, "Completion" b WHERE a.id = $1 AND b.id = $2`, [x, y, world.users[reviewer]!.id]);
      await Promise.all(clients.map((client) => client.query("BEGIN")));
      await insert(clients[0]!, "r1");
      // The second waits on the first's new pair row; neither has committed when it starts.
      let secondDone = false;
      const second = insert(clients[1]!, "r2").then(() => {
        secondDone = true;
        return clients[1]!.query("COMMIT");
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(secondDone).toBe(false);
      await clients[0]!.query("COMMIT");
      await second;
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
    expect(await expectInStep()).toContainEqual({ a: x, b: y, n: 2 });
  });

  it("are filled for votes cast before the migration by its backfill", async () => {
    const before = await counted();
    expect(before.length).toBeGreaterThan(0);
    await db().$executeRaw`DELETE FROM "VotedPair"`;
    expect(await kept()).toEqual([]);
    const dir = readdirSync(migrationsDir).find((name) => name.endsWith("_voted_pairs_and_latency_index"))!;
    const migration = readFileSync(path.join(migrationsDir, dir, "migration.sql"), "utf8");
    await db().$executeRawUnsafe(migration.slice(migration.indexOf('INSERT INTO "VotedPair"', migration.indexOf("-- Votes cast before"))));
    expect(await expectInStep()).toEqual(before);
  });
});
