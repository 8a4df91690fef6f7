// The judge's part of the leaderboard: per judging (a judge variant with a rubric) whose verdicts
// touch answers in scope, its position consistency and its agreement with the (counted) human
// votes on the pairs both judged. The judgings are also listed for the board's judging filter.
import "server-only";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { judgeHumanAgreement, positionConsistency, type SharedPair } from "./judge-agreement";
import { countedReviewerSql, dateSql, type Choice, type VoteFilter } from "./leaderboard-votes";
import { answerScopeSql } from "./scope";

interface VerdictRow {
  judgingId: string;
  x: string;
  y: string;
  choice: Choice | null;
  consistent: boolean | null;
}

export async function judgeBoard(filter: VoteFilter, options: { resamples: number }) {
  const verdicts = await db().$queryRaw<VerdictRow[]>`
    SELECT j."judgingId", j."completionAId" AS x, j."completionBId" AS y, j.choice::text AS choice, j.consistent
    FROM "JudgeVerdict" j
    WHERE ${answerScopeSql(Prisma.sql`j."completionAId"`, filter)} ${dateSql(Prisma.sql`j."createdAt"`, filter)}`;
  const judgings = await db().judging.findMany({
    where: { id: { in: [...new Set(verdicts.map((verdict) => verdict.judgingId))] } },
    select: { id: true, rubric: true, createdAt: true, judgeVariant: { select: { name: true } }, run: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  const shown = judgings.filter((judging) => !filter.judgingId || judging.id === filter.judgingId);
  const humans = await humanChoices(filter, shown.map((judging) => judging.id));
  const panels = shown.map((judging) => {
    const own = verdicts.filter((verdict) => verdict.judgingId === judging.id);
    const shared: SharedPair[] = [];
    for (const verdict of own) {
      const choices = humans.get(`${verdict.x}|${verdict.y}`);
      if (verdict.choice !== null && choices) shared.push({ humans: choices, judge: verdict.choice });
    }
    return {
      judgingId: judging.id,
      judge: judging.judgeVariant.name,
      rubric: judging.rubric,
      // Two judgings may share judge and rubric (two runs judged): the run tells them apart.
      run: judging.run.name,
      verdicts: own.length,
      consistency: positionConsistency(own),
      agreement: judgeHumanAgreement(shared, { resamples: options.resamples }),
    };
  });
  return {
    judgings: judgings.map((judging) => ({ id: judging.id, judge: judging.judgeVariant.name, rubric: judging.rubric, verdicts: verdicts.filter((verdict) => verdict.judgingId === judging.id).length })),
    panels,
  };
}

/** Counted human choices per pair ("A|B", canonical order) on the pairs these judgings judged. */
async function humanChoices(filter: VoteFilter, judgingIds: string[]): Promise<Map<string, Choice[]>> {
  if (judgingIds.length === 0) return new Map();
  const rows = await db().$queryRaw<Array<{ x: string; y: string; choice: Choice }>>`
    SELECT v."completionAId" AS x, v."completionBId" AS y, v.choice::text AS choice FROM "Vote" v
    WHERE ${countedReviewerSql(Prisma.sql`v."reviewerId"`)} ${dateSql(Prisma.sql`v."createdAt"`, filter)}
      AND EXISTS (SELECT 1 FROM "JudgeVerdict" j WHERE j."completionAId" = v."completionAId" AND j."completionBId" = v."completionBId"
        AND j."judgingId" IN (${Prisma.join(judgingIds.map((id) => Prisma.sql`${id}::uuid`))}))`;
  const choices = new Map<string, Choice[]>();
  for (const row of rows) {
    const key = `${row.x}|${row.y}`;
    const list = choices.get(key);
    if (list) list.push(row.choice);
    else choices.set(key, [row.choice]);
  }
  return choices;
}
