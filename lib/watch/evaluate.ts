// Evaluating a finished watch run: its figures for the control charts, its drift tests against
// the baseline (Holm across the run) and against the previous run, and the alerts they raise.
// The first finished run of a watch without a pinned baseline becomes its baseline.
import "server-only";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { compareWithBaseline, correctDrift, runFigures, type DriftTest } from "./drift-tests";
import { raiseAlert } from "./alerts";
import { unitsOfRun, type VariantUnits } from "./units";

const FINISHED = ["done", "cancelled", "failed"] as const;

interface Finding extends DriftTest {
  variantId: string;
}

/** Evaluates every finished, not yet evaluated watch run: called by the worker's minute tick. */
export async function evaluateFinishedWatchRuns(): Promise<number> {
  const pending = await db().watchRun.findMany({
    where: { evaluatedAt: null, run: { status: { in: [...FINISHED] } } },
    orderBy: { scheduledFor: "asc" },
    select: { id: true },
  });
  let evaluated = 0;
  for (const { id } of pending) if (await evaluateWatchRun(id)) evaluated += 1;
  return evaluated;
}

/** False when the run was evaluated already (by another worker) or is not finished. */
export async function evaluateWatchRun(watchRunId: string): Promise<boolean> {
  // Claim it first: two workers ticking at once evaluate (and alert) once.
  const claimed = await db().watchRun.updateMany({ where: { id: watchRunId, evaluatedAt: null, run: { status: { in: [...FINISHED] } } }, data: { evaluatedAt: new Date() } });
  if (claimed.count === 0) return false;
  try {
    await evaluateClaimed(watchRunId);
  } catch (error) {
    // Give the claim back (and what was written of it): the next tick tries again rather than
    // leaving the run unevaluated.
    await db().driftFinding.deleteMany({ where: { watchRunId } });
    await db().watchRun.update({ where: { id: watchRunId }, data: { evaluatedAt: null } });
    throw error;
  }
  return true;
}

async function evaluateClaimed(watchRunId: string): Promise<void> {
  const watchRun = await db().watchRun.findUniqueOrThrow({ where: { id: watchRunId }, include: { watch: true } });
  const runId = watchRun.runId!;
  const { watch } = watchRun;
  let baselineRunId = watch.baselineRunId;
  if (!baselineRunId) {
    const adopted = await db().watch.updateMany({ where: { id: watch.id, baselineRunId: null }, data: { baselineRunId: runId } });
    baselineRunId = adopted.count === 1 ? runId : (await db().watch.findUniqueOrThrow({ where: { id: watch.id } })).baselineRunId;
  }
  const current = await unitsOfRun(runId);
  const baseline = baselineRunId && baselineRunId !== runId ? await unitsOfRun(baselineRunId) : null;
  const previous = await previousRun(watch.id, watchRun.scheduledFor, baselineRunId);

  const variantNames = new Map((await db().variant.findMany({ where: { id: { in: watch.variantIds } }, select: { id: true, name: true } })).map((variant) => [variant.id, variant.name]));
  const againstBaseline = baseline && baselineRunId ? tests(watch.variantIds, baseline, current) : [];
  const metrics: Record<string, unknown> = {};
  for (const variantId of watch.variantIds) {
    const mine = current.get(variantId);
    const base = baseline?.get(variantId);
    // The changed shares exist only against the baseline (0 for the baseline itself).
    const shares = Object.fromEntries(
      (["changed_share", "dissimilar_share"] as const).map((metric) => {
        const test = againstBaseline.find((entry) => entry.variantId === variantId && entry.metric === metric);
        return [metric, baselineRunId === runId ? { value: 0, ci95: null, n: mine?.units.size ?? 0 } : { value: test?.after ?? null, ci95: test?.ci95 ?? null, n: test?.n ?? 0 }];
      }),
    );
    metrics[variantId] = {
      name: variantNames.get(variantId) ?? null,
      figures: { ...runFigures([...(mine?.units.values() ?? [])]), ...shares },
      baseline: baselineRunId === runId ? null : base ? runFigures([...base.units.values()]) : null,
      reported: mine?.reported ?? [],
    };
  }
  const againstPrevious = previous ? tests(watch.variantIds, await unitsOfRun(previous), current) : [];
  await db().driftFinding.createMany({ data: [...findingRows(watchRunId, "baseline", baselineRunId, againstBaseline), ...findingRows(watchRunId, "previous", previous, againstPrevious)] });

  for (const variantId of watch.variantIds) {
    const drifted = againstBaseline.filter((test) => test.variantId === variantId && test.drift);
    const reportedNow = current.get(variantId)?.reported ?? [];
    const reportedBefore = baseline?.get(variantId)?.reported ?? [];
    const newlyReported = baseline ? reportedNow.filter((value) => !reportedBefore.includes(value)) : [];
    if (drifted.length > 0 || newlyReported.length > 0) {
      await raiseAlert({ watch, watchRun: { id: watchRunId, runId, scheduledFor: watchRun.scheduledFor }, baselineRunId: baselineRunId!, variant: { id: variantId, name: variantNames.get(variantId) ?? variantId }, drifted, reported: { before: reportedBefore, now: reportedNow, new: newlyReported } });
    }
  }
  // Written last: a watch run with metrics has its findings and alerts too.
  await db().watchRun.update({ where: { id: watchRunId }, data: { metrics: { baselineRunId, previousRunId: previous, variants: metrics } as Prisma.InputJsonValue } });
}

/** Each variant against the other run, corrected together (one Holm family per comparison). */
function tests(variantIds: string[], before: Map<string, VariantUnits>, after: Map<string, VariantUnits>): Finding[] {
  const raw: Finding[] = [];
  for (const variantId of variantIds) {
    for (const test of compareWithBaseline(before.get(variantId)?.units ?? new Map(), after.get(variantId)?.units ?? new Map())) raw.push({ ...test, variantId });
  }
  return correctDrift(raw);
}

/** The latest evaluated run of the watch before this one, other than the baseline. */
async function previousRun(watchId: string, before: Date, baselineRunId: string | null): Promise<string | null> {
  const row = await db().watchRun.findFirst({
    where: { watchId, scheduledFor: { lt: before }, runId: { not: null, ...(baselineRunId && { notIn: [baselineRunId] }) }, run: { status: "done" } },
    orderBy: { scheduledFor: "desc" },
    select: { runId: true },
  });
  return row?.runId ?? null;
}

function findingRows(watchRunId: string, against: string, againstRunId: string | null, findings: Finding[]): Prisma.DriftFindingCreateManyInput[] {
  if (!againstRunId) return [];
  return findings.map((test) => ({
    watchRunId,
    variantId: test.variantId,
    against,
    againstRunId,
    metric: test.metric,
    n: test.n,
    before: test.before,
    after: test.after,
    difference: test.difference,
    ciLow: test.ci95?.[0] ?? null,
    ciHigh: test.ci95?.[1] ?? null,
    pValue: test.pValue,
    pAdjusted: test.pAdjusted,
    drift: test.drift,
  }));
}
