// Where a compare turn's time goes before its first token reaches the client, as marks on a
// diagnostics channel: bench scenario 3 (bench/compare-overhead.ts) subscribes and breaks the
// server-added TTFT into phases. Nothing is built or recorded while nobody subscribes.
import { channel } from "node:diagnostics_channel";

export const TURN_TIMING_CHANNEL = "juxta:compare:turn-timing";

export type TurnPhase =
  /** The route handed the turn over: authenticated, body parsed. */
  | "received"
  /** Session, columns and history read (turn-store.ts). */
  | "context"
  /** A column's job starts: its provider connection (key, SDK client) is made. */
  | "call"
  /** A column's provider call starts: its clock (the provider TTFT) starts. */
  | "clock"
  /** A column's first token, as it goes on the event channel. */
  | "first-delta"
  /** The turn's rows are written. */
  | "persisted";

export interface TurnMark {
  phase: TurnPhase;
  turnId: string;
  completionId?: string;
  /** performance.now() */
  at: number;
}

const marks = channel(TURN_TIMING_CHANNEL);

export function markTurn(phase: TurnPhase, turnId: string, completionId?: string): void {
  if (marks.hasSubscribers) marks.publish({ phase, turnId, completionId, at: performance.now() } satisfies TurnMark);
}
