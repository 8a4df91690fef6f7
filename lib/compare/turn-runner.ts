// Sending a turn: one user message to every column of a session, all streaming at once. The turn
// runs detached from the HTTP request that started it: it saves every completion when its stream
// ends (done, error or cancelled) even if nobody is listening any more.
import { z } from "zod";
import { conflict, notFound } from "../api/errors";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import type { Prisma } from "../db/generated/client";
import { log } from "../log";
import { adapterFor } from "../providers/registry";
import { connectionFor } from "../providers/service";
import { streamCompletion, type CompletionResult } from "../providers/stream";
import type { ChatMessage, CompletionRequest, ProviderConnection } from "../providers/types";
import { DEFAULT_TITLE } from "../sessions/service";
import { completionFieldsOf } from "../completions/result-fields";
import { requestForVariant, storedRequest } from "../variants/request";
import { metricsOf, type CompletionMetrics } from "../sessions/views";
import { EventChannel } from "./event-channel";
import { registerCall, unregisterCall } from "./live-calls";

export const sendTurnSchema = z.object({ content: z.string().trim().min(1, "Type a message first.").max(200_000) }).strict();

export type CompareEvent =
  | { type: "turn.start"; turnId: string; index: number }
  | { type: "completion.start"; completionId: string; columnId: string; variantId: string | null }
  | { type: "completion.delta"; completionId: string; text: string }
  | { type: "completion.done"; completionId: string; metrics: CompletionMetrics }
  | { type: "completion.error"; completionId: string; kind: string; message: string; metrics: CompletionMetrics }
  | { type: "turn.done"; turnId: string };

const columnInclude = { variant: { include: { model: { include: { provider: true } } } } } as const;
type ColumnRow = Prisma.SessionColumnGetPayload<{ include: typeof columnInclude }>;

interface Job {
  completionId: string;
  column: ColumnRow;
  request: CompletionRequest;
}

/** Sends a new turn to every column. Returns at once; the events follow on the channel. */
export async function sendTurn(sessionId: string, content: string): Promise<{ turnId: string; channel: EventChannel<CompareEvent> }> {
  const session = await db().session.findUnique({ where: { id: sessionId }, include: { columns: { orderBy: { position: "asc" }, include: columnInclude } } });
  if (!session) throw notFound("That session");
  const last = await db().turn.findFirst({ where: { sessionId }, orderBy: { index: "desc" }, select: { index: true } });
  const index = (last?.index ?? -1) + 1;
  let turn;
  try {
    turn = await db().turn.create({ data: { sessionId, index, content } });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("Another message was sent to this session at the same moment; reload and try again.");
    throw error;
  }
  if (index === 0 && session.title === DEFAULT_TITLE) {
    await db().session.update({ where: { id: sessionId }, data: { title: content.replace(/\s+/g, " ").slice(0, 80) } });
  } else {
    await db().session.update({ where: { id: sessionId }, data: { updatedAt: new Date() } });
  }
  const histories = await columnHistories(sessionId, index);
  const jobs = await createCompletions(turn.id, session.columns, (column) => requestFor(column, histories.get(column.id) ?? [], content));
  return { turnId: turn.id, channel: launch(turn.id, index, jobs, session.blind && !session.revealedAt) };
}

/** Asks one column again for an earlier turn; the new answer replaces the old in the view. */
export async function retryColumn(sessionId: string, turnId: string, columnId: string): Promise<{ turnId: string; channel: EventChannel<CompareEvent> }> {
  const turn = await db().turn.findFirst({ where: { id: turnId, sessionId }, include: { session: true } });
  const column = await db().sessionColumn.findFirst({ where: { id: columnId, sessionId }, include: columnInclude });
  if (!turn || !column) throw notFound("That turn or column");
  const histories = await columnHistories(sessionId, turn.index);
  const jobs = await createCompletions(turn.id, [column], () => requestFor(column, histories.get(column.id) ?? [], turn.content));
  return { turnId, channel: launch(turn.id, turn.index, jobs, turn.session.blind && !turn.session.revealedAt) };
}

/** Each column's own thread before a turn: user messages and that column's latest answers. */
async function columnHistories(sessionId: string, beforeIndex: number): Promise<Map<string, ChatMessage[]>> {
  const turns = await db().turn.findMany({
    where: { sessionId, index: { lt: beforeIndex } },
    orderBy: { index: "asc" },
    include: { completions: { orderBy: { createdAt: "asc" }, select: { columnId: true, text: true } } },
  });
  const columnIds = new Set(turns.flatMap((turn) => turn.completions.map((completion) => completion.columnId)).filter((id): id is string => id !== null));
  const histories = new Map<string, ChatMessage[]>();
  for (const columnId of columnIds) {
    const messages: ChatMessage[] = [];
    for (const turn of turns) {
      messages.push({ role: "user", content: turn.content });
      const answer = turn.completions.filter((completion) => completion.columnId === columnId).at(-1)?.text;
      if (answer) messages.push({ role: "assistant", content: answer });
    }
    histories.set(columnId, messages);
  }
  return histories;
}

function requestFor(column: ColumnRow, history: ChatMessage[], content: string): CompletionRequest {
  return requestForVariant(column.variant, [...history, { role: "user", content }]);
}

async function createCompletions(turnId: string, columns: ColumnRow[], build: (column: ColumnRow) => CompletionRequest): Promise<Job[]> {
  const planned = columns.map((column) => ({ column, request: build(column) }));
  const rows = await db().completion.createManyAndReturn({
    data: planned.map(({ column, request }) => ({
      turnId,
      columnId: column.id,
      variantId: column.variantId,
      status: "streaming" as const,
      request: storedRequest(request, column.variant.model.provider),
    })),
    select: { id: true, columnId: true },
  });
  return planned.map((plan) => ({ ...plan, completionId: rows.find((row) => row.columnId === plan.column.id)!.id }));
}

function launch(turnId: string, index: number, jobs: Job[], blind: boolean): EventChannel<CompareEvent> {
  const channel = new EventChannel<CompareEvent>();
  channel.push({ type: "turn.start", turnId, index });
  const connections = new Map<string, Promise<ProviderConnection>>();
  const connection = (providerId: string) => {
    if (!connections.has(providerId)) connections.set(providerId, connectionFor(providerId));
    return connections.get(providerId)!;
  };
  void Promise.allSettled(jobs.map((job) => runJob(job, channel, connection, blind))).then(() => {
    channel.push({ type: "turn.done", turnId });
    channel.close();
  });
  return channel;
}

async function runJob(job: Job, channel: EventChannel<CompareEvent>, connection: (providerId: string) => Promise<ProviderConnection>, blind: boolean) {
  const { completionId, column, request } = job;
  const signal = registerCall(completionId, column.id);
  channel.push({ type: "completion.start", completionId, columnId: column.id, variantId: blind ? null : column.variantId });
  let result: CompletionResult | null = null;
  try {
    const provider = column.variant.model.provider;
    const settings = provider.settings as { timeoutMs?: number };
    const stream = streamCompletion(adapterFor(await connection(provider.id)), request, {
      prices: column.variant.model,
      signal,
      timeoutMs: settings.timeoutMs,
    });
    for await (const event of stream) {
      if (event.type === "delta") channel.push({ type: "completion.delta", completionId, text: event.text });
      else if (event.type === "done" || event.type === "error") result = event.result;
    }
  } catch (error) {
    log.error("compare call failed before streaming", { completionId, error: error instanceof Error ? error.message : String(error) });
  } finally {
    unregisterCall(completionId);
  }
  const saved = await saveResult(completionId, result);
  const metrics = metricsOf(saved);
  if (saved.status === "done") channel.push({ type: "completion.done", completionId, metrics });
  else channel.push({ type: "completion.error", completionId, kind: saved.errorKind ?? "unknown", message: saved.errorMessage ?? "", metrics });
}

function saveResult(completionId: string, result: CompletionResult | null) {
  const data: Prisma.CompletionUpdateInput = result
    ? completionFieldsOf(result)
    : { status: "error", errorKind: "unknown", errorMessage: "The call could not be started; see the server log.", finishedAt: new Date() };
  return db().completion.update({ where: { id: completionId }, data });
}
