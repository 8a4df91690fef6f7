// Scenario 4: the queries behind the pages, over a database holding many completions (sessions,
// a big run, votes). The worker's memory is scenario 9 (worker-memory.ts).
import { createDataset } from "../lib/datasets/service";
import { db } from "../lib/db/client";
import { createPrompt } from "../lib/prompts/service";
import { computeLeaderboard, leaderboard, leaderboardQuerySchema } from "../lib/review/leaderboard";
import { createRun } from "../lib/runs/create-run";
import { computeRunSummary, runSummary } from "../lib/runs/summary";
import { listRunItems } from "../lib/runs/views";
import { getSession, listSessions } from "../lib/sessions/service";
import { medianMs, type Raw, type Row } from "./report";
import type { BenchWorld } from "./world";

export interface ScaleSizes {
  sessions: number;
  turnsPerSession: number;
  runCases: number;
  votes: number;
}

/** Sessions of 8 columns × N turns, one replay run of 8 variants, and votes: all in SQL. */
async function seed(world: BenchWorld, sizes: ScaleSizes): Promise<{ runId: string; sessionId: string; completions: number }> {
  const variants = world.variantIds;
  await db().$executeRaw`
    WITH s AS (INSERT INTO "Session" (id, title, "createdById", "createdAt", "updatedAt")
      SELECT gen_random_uuid(), 'bench-scale ' || g, ${world.userId}::uuid, now() - (g || ' minutes')::interval, now() FROM generate_series(1, ${sizes.sessions}) g RETURNING id)
    INSERT INTO "SessionColumn" (id, "sessionId", position, "variantId")
      SELECT gen_random_uuid(), s.id, v.position - 1, v.id FROM s, unnest(${variants}::uuid[]) WITH ORDINALITY AS v(id, position)`;
  await db().$executeRaw`
    INSERT INTO "Turn" (id, "sessionId", index, content)
      SELECT gen_random_uuid(), s.id, t, 'Bench question ' || t FROM "Session" s, generate_series(0, ${sizes.turnsPerSession - 1}) t WHERE s."createdById" = ${world.userId}::uuid AND s.title LIKE 'bench-scale %'`;
  await db().$executeRaw`
    INSERT INTO "Completion" (id, "variantId", "turnId", "columnId", request, text, status, "ttftMs", "totalMs", "inputTokens", "outputTokens", "costUsd", "textHash", "finishedAt")
      SELECT gen_random_uuid(), c."variantId", t.id, c.id, '{}', 'Bench answer ' || t.index || ' from ' || c.position, 'done',
        50 + (random() * 400)::int, 500 + (random() * 3000)::int, 200, 300, 0.0002, md5(t.id::text || c.id::text), now()
      FROM "Turn" t JOIN "SessionColumn" c ON c."sessionId" = t."sessionId" JOIN "Session" s ON s.id = t."sessionId" WHERE s."createdById" = ${world.userId}::uuid AND s.title LIKE 'bench-scale %'`;

  const prompt = `bench-scale-${world.stamp}`;
  await createPrompt({ name: prompt, messages: [{ role: "user", content: "Case {{n}}" }] }, world.userId);
  const dataset = await createDataset({ name: `bench-scale-${world.stamp}` });
  await db().$executeRaw`
    INSERT INTO "TestCase" (id, "datasetId", position, variables, "updatedAt")
      SELECT gen_random_uuid(), ${dataset.id}::uuid, g, jsonb_build_object('n', g), now() FROM generate_series(0, ${sizes.runCases - 1}) g`;
  // Created as a real run, then filled in: the items get completions as if the worker had run them.
  const { id: runId } = await createRun({ kind: "replay", name: "bench scale", prompt, dataset: dataset.name, variants: world.variantNames }, world.userId);
  await db().run.update({ where: { id: runId }, data: { status: "done", startedAt: new Date(Date.now() - 3_600_000), finishedAt: new Date() } });
  await db().$executeRaw`
    WITH made AS (
      INSERT INTO "Completion" (id, "variantId", request, text, status, "ttftMs", "totalMs", "inputTokens", "outputTokens", "costUsd", "textHash", "finishedAt")
        SELECT i.id, i."variantId", '{}', 'Run answer ' || i.sequence, CASE WHEN i.sequence % 50 = 0 THEN 'error'::"CompletionStatus" ELSE 'done' END,
          50 + (random() * 400)::int, 500 + (random() * 3000)::int, 200, 300, 0.0002, md5(i.id::text), now()
        FROM "RunItem" i WHERE i."runId" = ${runId}::uuid RETURNING id, "ttftMs", "totalMs", "inputTokens", "outputTokens", "costUsd", attempts, "errorKind")
    UPDATE "RunItem" i SET "completionId" = i.id, status = CASE WHEN i.sequence % 50 = 0 THEN 'error'::"RunItemStatus" ELSE 'done' END,
      passed = i.sequence % 7 <> 0 AND i.sequence % 50 <> 0, "startedAt" = now(), "finishedAt" = now(),
      "ttftMs" = made."ttftMs", "totalMs" = made."totalMs", "inputTokens" = made."inputTokens", "outputTokens" = made."outputTokens",
      "costUsd" = made."costUsd", attempts = made.attempts, "errorKind" = made."errorKind"
    FROM made WHERE made.id = i.id`;
  await db().$executeRaw`
    INSERT INTO "Vote" (id, "completionAId", "completionBId", "variantAId", "variantBId", "reviewerId", choice, "updatedAt")
      SELECT gen_random_uuid(), a.id, b.id, a."variantId", b."variantId", ${world.userId}::uuid, (ARRAY['a','b','tie','a','b']::"VoteChoice"[])[1 + (random() * 4)::int], now()
      FROM (SELECT a.id AS aid, b.id AS bid FROM "Completion" a JOIN "Completion" b ON b."turnId" = a."turnId" AND a.id < b.id LIMIT ${sizes.votes}) p
      JOIN "Completion" a ON a.id = p.aid JOIN "Completion" b ON b.id = p.bid`;
  await db().$executeRaw`ANALYZE`;
  const session = await db().session.findFirstOrThrow({ where: { createdById: world.userId, title: { startsWith: "bench-scale " } }, select: { id: true } });
  return { runId, sessionId: session.id, completions: await db().completion.count() };
}

export async function scaleScenario(world: BenchWorld, sizes: ScaleSizes, rows: Row[], raw: Raw) {
  const seeded = await seed(world, sizes);
  const queries: Array<[string, () => Promise<unknown>]> = [
    ["run summary, computed in SQL", () => computeRunSummary(seeded.runId)],
    ["run summary, as served (a finished run's snapshot)", () => runSummary(seeded.runId)],
    ["run items, first page", () => listRunItems(seeded.runId, { offset: 0, limit: 200 })],
    ["session list, first page", () => listSessions({ page: 1 })],
    ["session page data", () => getSession(seeded.sessionId)],
    ["leaderboard (1,000 resamples), computed", () => computeLeaderboard(leaderboardQuerySchema.parse({ resamples: 1000 }))],
    ["leaderboard (1,000 resamples), as served (kept until a vote changes)", () => leaderboard({ resamples: 1000 })],
  ];
  const timings: Record<string, number> = {};
  for (const [name, run] of queries) {
    const ms = await medianMs(run);
    timings[name] = ms;
    rows.push({ scenario: "4. Scale", measure: `${name} over ${seeded.completions.toLocaleString("en")} completions (median)`, value: `${ms.toFixed(0)} ms`, target: "≤ 150 ms", met: ms <= 150 });
  }
  raw.scale = { ...sizes, completions: seeded.completions, timings };
}
