// Scenario 3's profile: where each column's server-added TTFT goes, from the turn's own marks
// (lib/compare/turn-timing.ts) and undici's diagnostics channels for the provider request.
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import { PerformanceObserver } from "node:perf_hooks";
import { TURN_TIMING_CHANNEL, type TurnMark } from "../lib/compare/turn-timing";
import { percentile } from "../lib/stats/percentile";

/** One column's turn, in ms. route … delivery add up to the server-added TTFT; the provider
 * phases are inside the provider's TTFT (the server's clock) and shown for what they contain. */
export interface ColumnPhases {
  /** Authentication, params and body: request → sendTurn. */
  route: number;
  /** readTurnContext (turn-store.ts). */
  context: number;
  /** Context → this column's job starts (earlier columns' set-up). */
  queue: number;
  /** The job's own set-up: key, SDK client, up to the provider clock. */
  connect: number;
  /** Clock → the SDK's HTTP request is created (inside the provider TTFT). */
  sdkRequest: number;
  /** HTTP request → response headers from the wire server (connection, its TTFT wait). */
  wire: number;
  /** Response headers → first token parsed (inside the provider TTFT). */
  firstToken: number;
  /** First token on the event channel → the client has parsed its SSE event. */
  delivery: number;
  /** The turn's rows written, after `context` (runs beside the provider calls). */
  insert: number;
  /** Garbage-collection pauses between the request and this column's clock (part of the above). */
  gc: number;
}

interface HttpRequest {
  created: number;
  headers?: number;
}

/** Collects marks while subscribed; `turn()` hands back one turn's columns once it has ended. */
export function phaseRecorder() {
  const marks = new Map<string, TurnMark[]>();
  const requests = new Map<string, HttpRequest>();
  const byRequest = new WeakMap<object, HttpRequest>();
  const onMark = (message: unknown) => {
    const mark = message as TurnMark;
    const list = marks.get(mark.turnId) ?? [];
    list.push(mark);
    marks.set(mark.turnId, list);
  };
  // The model in the body names the column (each of the bench's columns has its own model); fetch
  // hands undici the body as a stream, so it is read from the chunk sent.
  const onCreate = (message: unknown) => {
    byRequest.set((message as { request: object }).request, { created: performance.now() });
  };
  const onBodySent = (message: unknown) => {
    const { request, chunk } = message as { request: object; chunk: Uint8Array };
    const record = byRequest.get(request);
    const model = modelOf(chunk);
    if (record && model) requests.set(model, record);
  };
  const onHeaders = (message: unknown) => {
    const record = byRequest.get((message as { request: object }).request);
    if (record) record.headers ??= performance.now();
  };
  // Kept for the whole scenario (a few hundred): the observer reports a pause some time after it.
  const pauses: Array<{ start: number; end: number }> = [];
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });
  gc.observe({ entryTypes: ["gc"] });
  const pausedBetween = (from: number, to: number) => pauses.reduce((sum, pause) => sum + Math.max(0, Math.min(to, pause.end) - Math.max(from, pause.start)), 0);
  subscribe(TURN_TIMING_CHANNEL, onMark);
  subscribe("undici:request:create", onCreate);
  subscribe("undici:request:bodyChunkSent", onBodySent);
  subscribe("undici:request:headers", onHeaders);
  return {
    /** Clears what an earlier turn left: call before sending a turn. */
    reset() {
      requests.clear();
    },
    turn(turnId: string, sentAt: number, columns: Array<{ completionId: string; model: string; clientFirstDelta: number }>): ColumnPhases[] {
      const list = marks.get(turnId) ?? [];
      marks.delete(turnId);
      const at = (phase: TurnMark["phase"], completionId?: string) => list.find((mark) => mark.phase === phase && mark.completionId === completionId)?.at ?? NaN;
      return columns.map(({ completionId, model, clientFirstDelta }) => {
        const http = requests.get(model);
        const clock = at("clock", completionId);
        const firstDelta = at("first-delta", completionId);
        return {
          route: at("received") - sentAt,
          context: at("context") - at("received"),
          queue: at("call", completionId) - at("context"),
          connect: clock - at("call", completionId),
          sdkRequest: (http?.created ?? NaN) - clock,
          wire: (http?.headers ?? NaN) - (http?.created ?? NaN),
          firstToken: firstDelta - (http?.headers ?? NaN),
          delivery: clientFirstDelta - firstDelta,
          insert: at("persisted") - at("context"),
          gc: pausedBetween(sentAt, clock),
        };
      });
    },
    close() {
      gc.disconnect();
      unsubscribe(TURN_TIMING_CHANNEL, onMark);
      unsubscribe("undici:request:create", onCreate);
      unsubscribe("undici:request:bodyChunkSent", onBodySent);
      unsubscribe("undici:request:headers", onHeaders);
    },
  };
}

function modelOf(chunk: Uint8Array): string | null {
  try {
    const model = (JSON.parse(Buffer.from(chunk).toString("utf8")) as { model?: unknown }).model;
    return typeof model === "string" ? model : null;
  } catch {
    return null;
  }
}

/** p50 / p95 of every phase over some columns' turns, rounded to 0.1 ms. */
export function phaseSummary(phases: ColumnPhases[]): Record<string, { p50: number; p95: number }> {
  const keys = Object.keys(phases[0] ?? {}) as Array<keyof ColumnPhases>;
  const round = (value: number | null) => (value === null ? NaN : Math.round(value * 10) / 10);
  return Object.fromEntries(
    keys.map((key) => {
      const values = phases.map((phase) => phase[key]).filter((value) => Number.isFinite(value));
      return [key, { p50: round(percentile(values, 0.5)), p95: round(percentile(values, 0.95)) }];
    }),
  );
}
