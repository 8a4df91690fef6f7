// The database side of a compare turn, in one round trip each way: everything a turn needs before
// its provider calls (session, columns with their variant, model and provider, earlier turns'
// answers) in one statement, and its rows (turn, completions, session stamp) in one statement.
// The first token waits for the read alone; Prisma's includes made it seven queries on five levels,
// and the write used to be five round trips (BEGIN, three statements, COMMIT). BENCHMARKS.md (3).
import "server-only";
import { conflict } from "../api/errors";
import { db } from "../db/client";
import { driverRows } from "../db/driver-query";
import { isUniqueViolation } from "../db/errors";
import { Prisma } from "../db/generated/client";
import { currentInstanceId } from "../instances/registry";
import type { CompletionRequest } from "../providers/types";
import { callableVariant, type CallableModel, type CallableVariant } from "../variants/callable";
import { storedRequest, type SamplingSettings } from "../variants/request";

export interface TurnColumn {
  id: string;
  variantId: string;
  /** The column's variant as it is now, with its newest revision (which each answer records). */
  variant: CallableVariant;
}

/** A column as the statement gives it; the revision is null only for a variant without one. */
interface ColumnRow {
  id: string;
  variantId: string;
  variant: SamplingSettings & { id: string; name: string; revision: CallableVariant["revision"] | null; model: CallableModel };
}

export interface EarlierTurn {
  index: number;
  content: string;
  /** Oldest first: a retried column's latest answer is its last. */
  completions: Array<{ columnId: string | null; text: string }>;
}

export interface TurnContext {
  /** promptSystem: the system message of the prompt the session came from (lib/compare/conversation.ts). */
  session: { id: string; title: string; blind: boolean; revealedAt: Date | null; promptSystem: string | null };
  columns: TurnColumn[];
  /** Every turn before the one being answered, in order. */
  turns: EarlierTurn[];
  /** With `turnId`: the turn asked again. */
  turn: { id: string; index: number; content: string } | null;
}

/** What a turn needs before calling the providers, in one statement. `turnId`: an earlier turn
 * asked again (only the turns before it are history); `columnId`: that column alone. Null when the
 * session, or the asked turn or column, is not there. */
export async function readTurnContext(sessionId: string, only: { turnId?: string; columnId?: string } = {}): Promise<TurnContext | null> {
  const turnId = only.turnId ?? null;
  const columnId = only.columnId ?? null;
  const [row] = await driverRows<Omit<TurnContext, "session" | "columns"> & TurnContext["session"] & { columns: ColumnRow[] }>(Prisma.sql`
    WITH asked AS (SELECT t.id, t.index, t.content FROM "Turn" t WHERE t.id = ${turnId}::uuid AND t."sessionId" = ${sessionId}::uuid)
    SELECT s.id, s.title, s.blind, s."revealedAt", s."promptSystem",
      (SELECT row_to_json(asked) FROM asked) AS turn,
      (SELECT coalesce(json_agg(json_build_object('id', sc.id, 'variantId', sc."variantId", 'variant', json_build_object(
          'id', v.id, 'name', v.name, 'systemPrompt', v."systemPrompt", 'temperature', v.temperature, 'topP', v."topP",
          'maxTokens', v."maxTokens", 'stop', v.stop, 'seed', v.seed,
          'revision', (SELECT json_build_object('id', r.id, 'number', r.number) FROM "VariantRevision" r WHERE r."variantId" = v.id ORDER BY r.number DESC LIMIT 1),
          -- Prices as text: exact decimals, as Prisma would give them.
          'model', json_build_object('modelId', m."modelId", 'providerId', m."providerId", 'inputPricePerMTok', m."inputPricePerMTok"::text, 'outputPricePerMTok', m."outputPricePerMTok"::text,
            'cachedInputPricePerMTok', m."cachedInputPricePerMTok"::text, 'cacheWritePricePerMTok', m."cacheWritePricePerMTok"::text,
            'reasoningPricePerMTok', m."reasoningPricePerMTok"::text,
            'provider', json_build_object('id', p.id, 'name', p.name, 'kind', p.kind, 'baseUrl', p."baseUrl", 'customEndpoint', p."customEndpoint",
              'apiKeyEncrypted', p."apiKeyEncrypted", 'settings', p.settings))))
          ORDER BY sc.position), '[]')
        FROM "SessionColumn" sc JOIN "Variant" v ON v.id = sc."variantId" JOIN "Model" m ON m.id = v."modelId" JOIN "Provider" p ON p.id = m."providerId"
        WHERE sc."sessionId" = s.id AND (${columnId}::uuid IS NULL OR sc.id = ${columnId}::uuid)) AS columns,
      (SELECT coalesce(json_agg(json_build_object('index', t.index, 'content', t.content, 'completions',
          (SELECT coalesce(json_agg(json_build_object('columnId', c."columnId", 'text', c.text) ORDER BY c."createdAt", c.id), '[]') FROM "Completion" c WHERE c."turnId" = t.id))
          ORDER BY t.index), '[]')
        FROM "Turn" t WHERE t."sessionId" = s.id AND (${turnId}::uuid IS NULL OR t.index < (SELECT index FROM asked))) AS turns
    FROM "Session" s WHERE s.id = ${sessionId}::uuid`);
  if (!row) return null;
  if ((turnId && !row.turn) || (columnId && row.columns.length === 0)) return null;
  const { columns, turns, turn, ...session } = row;
  return { session, columns: columns.map(callableColumn), turns, turn };
}

function callableColumn({ id, variantId, variant }: ColumnRow): TurnColumn {
  if (!variant.revision) throw new Error(`Variant ${variantId} has no revision.`);
  return { id, variantId, variant: callableVariant(variant, variant.revision, variant, variant.model) };
}

export interface NewCompletion {
  completionId: string;
  column: TurnColumn;
  request: CompletionRequest;
}

/** The "streaming" rows of a turn's answers, with the exact request each sends. */
function completionsInsert(turnId: string, jobs: NewCompletion[]): Prisma.Sql {
  return Prisma.sql`INSERT INTO "Completion" (id, "turnId", "columnId", "variantId", "variantRevisionId", status, "instanceId", request, "createdAt")
    SELECT c.id, ${turnId}::uuid, c.column_id, c.variant_id, c.revision_id, 'streaming', ${currentInstanceId()}, c.request, now() AT TIME ZONE 'UTC'
    FROM unnest(${jobs.map((job) => job.completionId)}::uuid[], ${jobs.map((job) => job.column.id)}::uuid[], ${jobs.map((job) => job.column.variantId)}::uuid[],
      ${jobs.map((job) => job.column.variant.revision.id)}::uuid[], ${jobs.map((job) => JSON.stringify(storedRequest(job.request, job.column.variant.model.provider)))}::jsonb[])
      AS c(id, column_id, variant_id, revision_id, request)`;
}

/** A new turn, its answers' rows and the session's stamp (and first title), in one statement —
 * one transaction, so other viewers see the turn with all its answers or not at all. */
export async function insertTurn(turn: { id: string; sessionId: string; index: number; content: string; title: string | undefined }, jobs: NewCompletion[]): Promise<void> {
  await written(
    db().$executeRaw`
      WITH turn AS (
        INSERT INTO "Turn" (id, "sessionId", index, content, "createdAt") VALUES (${turn.id}::uuid, ${turn.sessionId}::uuid, ${turn.index}, ${turn.content}, now() AT TIME ZONE 'UTC')
      ), completions AS (${completionsInsert(turn.id, jobs)}
      ), stamped AS (
        UPDATE "Session" SET title = coalesce(${turn.title ?? null}::text, title), "updatedAt" = now() AT TIME ZONE 'UTC' WHERE id = ${turn.sessionId}::uuid
      )
      SELECT 1`,
  );
}

/** The row of a column asked again. */
export async function insertRetry(turnId: string, job: NewCompletion): Promise<void> {
  await written(db().$executeRaw`${completionsInsert(turnId, [job])}`);
}

/** Two turns sent at the same moment take the same index: the unique key refuses the second,
 * which is told what happened. (A session or column deleted meanwhile is the usual 409.) */
async function written(statement: Promise<number>): Promise<void> {
  try {
    await statement;
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("Another message was sent to this session at the same moment; reload and try again.");
    throw error;
  }
}
