// Saving finished items: each one's completion, assertion results and new state — for every item
// that finished together, in ONE SQL statement. The statement first locks the items and keeps
// those this executor still holds (status running, workerId = us); every insert reads from that
// check, so nothing is written for an item that was taken over — the fence that makes "exactly
// once" hold. One statement is one transaction: a worker killed mid-save leaves all of the batch
// unsaved (still running under a dead executor, redone by the next) or all of it saved.
// The statement also tells followers of the run that it moved (progress-events.ts). It goes through
// pg directly, as the claims do (lib/db/driver-query.ts).
import "server-only";
import { driverRows } from "../db/driver-query";
import { Prisma } from "../db/generated/client";
import { isDatabaseUnavailable } from "../db/unavailable";
import { uuid7 } from "../db/uuid7";
import type { Assertion } from "../assertions/schema";
import { recordArrays, recordColumnList } from "../completions/record-sql";
import type { CompletionRecord } from "../completions/result-fields";
import { storableMessage } from "../completions/storable";
import { progressNotice } from "./progress-events";

export interface AssertionRow {
  assertion: Assertion;
  passed: boolean;
  score: number | null;
  reason: string;
}

export interface ItemSave {
  itemId: string;
  variantId: string;
  request: unknown;
  record: CompletionRecord;
  checks: AssertionRow[];
  /** When its call started, by the executor's clock; absent when it was never called. The item's
   * start if its "calling" stamp has not landed: that stamp is not awaited, so a fast answer's
   * save can come first, and the stamp then finds the item finished and writes nothing. */
  calledAt?: Date;
}

const itemStatusOf = (save: ItemSave) => (save.record.status === "done" ? "done" : save.record.status === "cancelled" ? "cancelled" : "error");

/** The RunItem columns a save sets besides completionId and finishedAt: one entry per column,
 * carried through the batch like the completion's. */
const itemColumns: Array<{ column: string; type: string; of: (save: ItemSave) => unknown }> = [
  { column: "status", type: '"RunItemStatus"', of: itemStatusOf },
  { column: "passed", type: "boolean", of: (save) => itemStatusOf(save) === "done" && save.checks.every((check) => check.passed) },
];

/** Saves the batch; returns the ids of the items saved (the others are no longer ours: taken over,
 * nothing was written for them). */
export async function saveItems(runId: string, executorId: string, saves: ItemSave[]): Promise<Set<string>> {
  if (saves.length === 0) return new Set();
  const completionIds = saves.map(() => uuid7());
  const checks = saves.flatMap((save, index) => save.checks.map((check) => ({ check, completionId: completionIds[index]! })));
  const itemSet = Prisma.raw(itemColumns.map(({ column }) => `"${column}" = b."item_${column}"`).join(", "));
  const rows = await driverRows<{ saved: string[] | null }>(Prisma.sql`
    WITH batch AS (
      SELECT * FROM unnest(${saves.map((save) => save.itemId)}::uuid[], ${completionIds}::uuid[], ${saves.map((save) => save.variantId)}::uuid[],
        ${saves.map((save) => JSON.stringify(save.request ?? {}))}::jsonb[], ${saves.map((save) => save.calledAt ?? null)}::timestamp(3)[],
        ${Prisma.join(itemColumns.map(({ type, of }) => Prisma.sql`${saves.map(of)}::${Prisma.raw(type)}[]`))},
        ${Prisma.join(recordArrays(saves.map((save) => save.record)))})
        AS b(item_id, completion_id, variant_id, request, called_at, ${Prisma.raw(itemColumns.map(({ column }) => `"item_${column}"`).join(", "))}, ${recordColumnList()})
    ), item AS (
      SELECT i.id FROM "RunItem" i WHERE i.id IN (SELECT item_id FROM batch) AND i.status = 'running' AND i."workerId" = ${executorId}
      ORDER BY i.id FOR UPDATE
    ), completion AS (
      INSERT INTO "Completion" (id, "variantId", "variantRevisionId", request, ${recordColumnList()}, "finishedAt")
      SELECT b.completion_id, b.variant_id, rv."revisionId", b.request, ${recordColumnList("b")}, now()
      FROM batch b JOIN item ON item.id = b.item_id
      -- The revision the run executes (fixed when it was created), as a compare answer records its own.
      LEFT JOIN "RunVariant" rv ON rv."runId" = ${runId}::uuid AND rv."variantId" = b.variant_id
      -- The metrics come back to be copied onto the item, so the live summary reads the item table alone.
      RETURNING id, "ttftMs", "totalMs", "inputTokens", "outputTokens", "costUsd", attempts, "errorKind"
    ), checks AS (
      INSERT INTO "AssertionResult" (id, "completionId", type, config, passed, score, reason)
      SELECT c.check_id, c.completion_id, c.type, c.config, c.passed, c.score, c.reason
      FROM unnest(${checks.map(() => uuid7())}::uuid[], ${checks.map((row) => row.completionId)}::uuid[], ${checks.map((row) => row.check.assertion.type)}::text[],
        ${checks.map((row) => JSON.stringify(row.check.assertion))}::jsonb[], ${checks.map((row) => row.check.passed)}::boolean[],
        ${checks.map((row) => row.check.score)}::float8[], ${checks.map((row) => storableMessage(row.check.reason))}::text[])
        AS c(check_id, completion_id, type, config, passed, score, reason)
      JOIN completion ON completion.id = c.completion_id
    ), updated AS (
      UPDATE "RunItem" i SET ${itemSet}, "completionId" = b.completion_id, "finishedAt" = now(), "startedAt" = coalesce(i."startedAt", b.called_at),
        "ttftMs" = m."ttftMs", "totalMs" = m."totalMs", "inputTokens" = m."inputTokens", "outputTokens" = m."outputTokens",
        "costUsd" = m."costUsd", attempts = m.attempts, "errorKind" = m."errorKind"
      FROM batch b JOIN completion m ON m.id = b.completion_id WHERE b.item_id = i.id AND i.id IN (SELECT id FROM item)
      RETURNING i.id
    ), notice AS (
      SELECT ${progressNotice(runId)}
    )
    SELECT (SELECT array_agg(id::text) FROM updated) AS saved, (SELECT count(*) FROM notice) AS noticed`);
  return new Set(rows[0]?.saved ?? []);
}

interface Waiting {
  save: ItemSave;
  resolve(saved: boolean): void;
  reject(error: unknown): void;
}

/** Gathers the items that finish together and saves them in one statement, one statement at a
 * time: items that finish while a save is under way go in the next. */
export class ItemSaver {
  private waiting: Waiting[] = [];
  private saving = false;

  constructor(
    private readonly runId: string,
    private readonly executorId: string,
  ) {}

  /** Resolves true when saved, false when the item was no longer ours; rejects as the save did. */
  save(save: ItemSave): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ save, resolve, reject });
      // After this turn of the event loop, so items finishing in it join the batch.
      if (!this.saving && this.waiting.length === 1) setImmediate(() => void this.flush());
    });
  }

  private async flush() {
    if (this.saving || this.waiting.length === 0) return;
    this.saving = true;
    const batch = this.waiting.splice(0);
    try {
      await this.write(batch);
    } finally {
      this.saving = false;
      if (this.waiting.length > 0) void this.flush();
    }
  }

  private async write(batch: Waiting[]) {
    try {
      const saved = await saveItems(this.runId, this.executorId, batch.map(({ save }) => save));
      for (const { save, resolve } of batch) resolve(saved.has(save.itemId));
    } catch (error) {
      if (batch.length === 1 || isDatabaseUnavailable(error)) return batch.forEach(({ reject }) => reject(error));
      // One answer the database refuses must not fail the others: each alone, so only its own
      // save fails (and its item ends as a storage error, execute-item.ts).
      for (const waiting of batch) await this.write([waiting]);
    }
  }
}
