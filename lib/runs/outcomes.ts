// Every item of a run with its verdict and the reason for it: what a CI report (`juxta … --junit`)
// is made of. Read in batches (item-batches.ts), so a large run does not load at once.
import "server-only";
import { notFound } from "../api/errors";
import { db } from "../db/client";
import { runItemBatches } from "./item-batches";
import type { RunOutcomes } from "./outcomes-schema";
import { caseLabel } from "./views";

export async function runOutcomes(runId: string): Promise<RunOutcomes> {
  const run = await db().run.findUnique({ where: { id: runId }, select: { id: true, name: true, kind: true, status: true } });
  if (!run) throw notFound("That run");
  const items: RunOutcomes["items"] = [];
  const batches = runItemBatches(runId, {
    variant: { select: { name: true } },
    testCase: { select: { position: true, variables: true, messages: true } },
    completion: { select: { totalMs: true, errorKind: true, errorMessage: true, assertionResults: { orderBy: { createdAt: "asc" }, select: { type: true, passed: true, reason: true } } } },
  } as const);
  for await (const rows of batches) {
    for (const row of rows) {
      items.push({
        id: row.id,
        casePosition: row.testCase?.position ?? null,
        caseLabel: caseLabel(row.testCase),
        variant: row.variant.name,
        repetition: row.repetition,
        concurrency: row.concurrency,
        status: row.status,
        passed: row.passed,
        totalMs: row.completion?.totalMs ?? null,
        errorKind: row.completion?.errorKind ?? null,
        errorMessage: row.completion?.errorMessage ?? null,
        assertions: row.completion?.assertionResults ?? [],
      });
    }
  }
  return { run, items };
}
