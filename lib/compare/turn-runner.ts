// Sending a turn: one user message to every column of a session, all streaming at once. The turn
// runs detached from the HTTP request that started it: it saves every completion when its stream
// ends (done, error or cancelled) even if nobody is listening any more.
import "server-only";
import { z } from "zod";
import { notFound } from "../api/errors";
import { db } from "../db/client";
import { isDatabaseUnavailable, whileDatabaseAway } from "../db/unavailable";
import { Prisma } from "../db/generated/client";
import { uuid7 } from "../db/uuid7";
import { log } from "../log";
import { providerCalls } from "../providers/adapter-cache";
import { streamCompletion, type CompletionResult } from "../providers/stream";
import type { ChatMessage, CompletionRequest } from "../providers/types";
import { completionFieldsOf, notCalledRecord, unstorableFieldsOf, withFinishedAt } from "../completions/result-fields";
import { requestForVariant } from "../variants/request";
import { conversationOf } from "./conversation";
import { BLIND_ERROR, metricsOf, type CompletionMetrics } from "../completions/view";
import { EventChannel } from "./event-channel";
import { registerCall, stopCalls, unregisterCall } from "./live-calls";
import { ensureStopListener } from "./stop-signal";
import { TextFlusher } from "./text-flusher";
import { markTurn } from "./turn-timing";
import { insertRetry, insertTurn, readTurnContext, type EarlierTurn, type NewCompletion, type TurnColumn } from "./turn-store";
import { DEFAULT_TITLE, titleFrom } from "../format/title";
/** How long a finished answer keeps trying to reach a database that is away. */
const SAVE_PATIENCE_MS = 10 * 60_000;

export const sendTurnSchema = z.object({ content: z.string().trim().min(1, "Type a message first.").max(200_000) }).strict();

export type CompareEvent =
  | { type: "turn.start"; turnId: string; index: number }
  | { type: "completion.start"; completionId: string; columnId: string; variantId: string | null }
  | { type: "completion.delta"; completionId: string; text: string }
  /** metrics: null in a blind session until the reveal (sessions/views.ts says why). */
  | { type: "completion.done"; completionId: string; metrics: CompletionMetrics | null }
  | { type: "completion.error"; completionId: string; kind: string; message: string; metrics: CompletionMetrics | null }
  | { type: "turn.done"; turnId: string };

/** Sends a new turn to every column. The provider calls start first; the turn and completion
 * rows are written (one statement) while the providers think — the first token is what people
 * wait for. Returns once the rows are in; the events follow on the channel. */
export async function sendTurn(sessionId: string, content: string): Promise<{ turnId: string; channel: EventChannel<CompareEvent> }> {
  const turnId = uuid7();
  markTurn("received", turnId);
  const context = await readTurnContext(sessionId);
  markTurn("context", turnId);
  if (!context) throw notFound("That session");
  ensureStopListener();
  const { session, turns } = context;
  const index = (turns.at(-1)?.index ?? -1) + 1;
  const histories = columnHistories(turns);
  const jobs = context.columns.map((column) => ({ column, completionId: uuid7(), request: requestFor(column, session.promptSystem, histories.get(column.id) ?? [], content) }));
  const calls = launch(turnId, index, jobs, session.blind && !session.revealedAt);
  const title = index === 0 && session.title === DEFAULT_TITLE ? titleFrom(content) : undefined;
  try {
    await insertTurn({ id: turnId, sessionId, index, content, title }, jobs);
  } catch (error) {
    calls.abandon();
    throw error;
  }
  markTurn("persisted", turnId);
  calls.persisted();
  return { turnId, channel: calls.channel };
}

/** Asks one column again for an earlier turn; the new answer replaces the old in the view. */
export async function retryColumn(sessionId: string, turnId: string, columnId: string): Promise<{ turnId: string; channel: EventChannel<CompareEvent> }> {
  const context = await readTurnContext(sessionId, { turnId, columnId });
  if (!context?.turn) throw notFound("That turn or column");
  ensureStopListener();
  const { session, turn } = context;
  const column = context.columns[0]!;
  const job = { column, completionId: uuid7(), request: requestFor(column, session.promptSystem, columnHistories(context.turns).get(column.id) ?? [], turn.content) };
  const calls = launch(turn.id, turn.index, [job], session.blind && !session.revealedAt);
  try {
    await insertRetry(turn.id, job);
  } catch (error) {
    calls.abandon();
    throw error;
  }
  calls.persisted();
  return { turnId, channel: calls.channel };
}

/** Each column's own thread from earlier turns: user messages and that column's latest answers. */
function columnHistories(turns: EarlierTurn[]): Map<string, ChatMessage[]> {
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

/** The column's request: its variant's settings over the session's conversation (which starts
 * with the prompt's system message when the session came from the prompt library). */
function requestFor(column: TurnColumn, promptSystem: string | null, history: ChatMessage[], content: string): CompletionRequest {
  return requestForVariant(column.variant, conversationOf(promptSystem, [...history, { role: "user", content }]));
}

/** Starts every call at once. The rows they update exist only after `persisted()`; a call that
 * ends sooner waits for it. `abandon()` (the rows could not be written) stops every call. */
function launch(turnId: string, index: number, jobs: NewCompletion[], blind: boolean) {
  const channel = new EventChannel<CompareEvent>();
  channel.push({ type: "turn.start", turnId, index });
  let markPersisted = () => {};
  let markAbandoned = () => {};
  const rowsWritten = new Promise<boolean>((resolve) => {
    markPersisted = () => resolve(true);
    markAbandoned = () => resolve(false);
  });
  void Promise.allSettled(jobs.map((job) => runJob(turnId, job, channel, blind, rowsWritten))).then(() => {
    channel.push({ type: "turn.done", turnId });
    channel.close();
  });
  return {
    channel,
    persisted: markPersisted,
    abandon() {
      markAbandoned();
      stopCalls({ turnId });
    },
  };
}

async function runJob(turnId: string, job: NewCompletion, channel: EventChannel<CompareEvent>, blind: boolean, rowsWritten: Promise<boolean>) {
  const { completionId, column, request } = job;
  markTurn("call", turnId, completionId);
  const signal = registerCall(completionId, turnId);
  channel.push({ type: "completion.start", completionId, columnId: column.id, variantId: blind ? null : column.variantId });
  const flusher = new TextFlusher(completionId, rowsWritten);
  let result: CompletionResult | null = null;
  let streamed = false;
  try {
    // The provider row came with the session: no extra query; its client is kept per configuration.
    const { adapter, settings } = providerCalls(column.variant.model.provider);
    const stream = streamCompletion(adapter, request, { prices: column.variant.model, signal, timeoutMs: settings.timeoutMs });
    markTurn("clock", turnId, completionId);
    for await (const event of stream) {
      if (event.type === "delta") {
        if (!streamed) markTurn("first-delta", turnId, completionId);
        streamed = true;
        channel.push({ type: "completion.delta", completionId, text: event.text });
        flusher.add(event.text);
      } else if (event.type === "done" || event.type === "error") result = event.result;
    }
  } catch (error) {
    log.error("compare call failed before streaming", { completionId, error: error instanceof Error ? error.message : String(error) });
  } finally {
    unregisterCall(completionId);
  }
  if (!(await rowsWritten)) return;
  await flusher.settle();
  // In a blind session nothing that tells the variants apart goes out before the reveal.
  const shown = (metrics: CompletionMetrics) => (blind ? null : metrics);
  const said = (kind: string, message: string) => (blind && kind !== "cancelled" ? BLIND_ERROR : message);
  const metrics = result ? metricsOfResult(result) : null;
  let saved;
  try {
    saved = await saveResult(completionId, result);
  } catch (error) {
    // Every answer ends for its listeners, even one that could not be written: the row stays
    // "streaming" and is recovered (with its flushed text) if this process dies.
    log.error("could not save an answer", { completionId, error: error instanceof Error ? error.message : String(error) });
    channel.push({ type: "completion.error", completionId, kind: "storage", message: "The answer could not be saved: the database is not reachable.", metrics: shown(metrics ?? emptyMetrics) });
    return;
  }
  if (saved.status === "done") channel.push({ type: "completion.done", completionId, metrics: shown(metricsOf(saved)) });
  else channel.push({ type: "completion.error", completionId, kind: saved.errorKind ?? "unknown", message: said(saved.errorKind ?? "unknown", saved.errorMessage ?? ""), metrics: shown(metricsOf(saved)) });
}

const emptyMetrics: CompletionMetrics = { ttftMs: null, totalMs: null, inputTokens: null, outputTokens: null, cachedInputTokens: null, cacheWriteInputTokens: null, reasoningTokens: null, tokensEstimated: false, tokensPerSecond: null, costUsd: null, attempts: 0, finishReason: null };

function metricsOfResult(result: CompletionResult): CompletionMetrics {
  return metricsOf({ ...result, costUsd: new Prisma.Decimal(result.costUsd) });
}

/** Writes the result; waits out a database that is away (up to SAVE_PATIENCE_MS). A row the
 * database refuses for its content is saved as a storage error without the text. */
async function saveResult(completionId: string, result: CompletionResult | null) {
  const data: Prisma.CompletionUpdateInput = result
    ? completionFieldsOf(result)
    : withFinishedAt(notCalledRecord("unknown", "The call could not be started; see the server log."));
  const update = (fields: Prisma.CompletionUpdateInput) => whileDatabaseAway(() => db().completion.update({ where: { id: completionId }, data: fields }), { giveUpAfterMs: SAVE_PATIENCE_MS });
  try {
    return await update(data);
  } catch (error) {
    if (isDatabaseUnavailable(error) || !result) throw error;
    log.error("an answer could not be stored", { completionId, error: error instanceof Error ? error.message : String(error) });
    return update(unstorableFieldsOf(result, error instanceof Error ? error.message.split("\n").filter(Boolean).at(-1) ?? "" : String(error)));
  }
}
