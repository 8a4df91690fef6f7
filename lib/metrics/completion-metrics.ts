// The definitions of what Juxta measures for a completion (DESIGN.md, "Metrics"). Everything that
// shows or stores these numbers takes them from here.
import { Prisma } from "../db/generated/client";

const MILLION = new Prisma.Decimal(1_000_000);

export interface Prices {
  inputPricePerMTok: Prisma.Decimal | string | number;
  outputPricePerMTok: Prisma.Decimal | string | number;
}

export interface AttemptUsage {
  inputTokens: number;
  outputTokens: number;
}

/** Cost in USD = input tokens × input price + output tokens × output price, summed over attempts.
 * Prices are per million tokens. Exact decimal arithmetic: money never goes through floats. */
export function costUsd(prices: Prices, attempts: AttemptUsage[]): Prisma.Decimal {
  const input = new Prisma.Decimal(prices.inputPricePerMTok);
  const output = new Prisma.Decimal(prices.outputPricePerMTok);
  return attempts
    .reduce((sum, attempt) => sum.plus(input.times(attempt.inputTokens)).plus(output.times(attempt.outputTokens)), new Prisma.Decimal(0))
    .dividedBy(MILLION)
    .toDecimalPlaces(8);
}

/** Output tokens per second of generation: from the first token to the last byte. Null when
 * there is nothing to divide (no tokens, or everything arrived at once). */
export function tokensPerSecond(outputTokens: number | null, ttftMs: number | null, totalMs: number | null): number | null {
  if (!outputTokens || ttftMs === null || totalMs === null) return null;
  const generationMs = totalMs - ttftMs;
  return generationMs > 0 ? (outputTokens / generationMs) * 1000 : null;
}

/** Milliseconds between two readings of the monotonic clock (performance.now()), rounded. TTFT
 * is first content delta − request sent; total is last byte − request sent; "request sent" is
 * the start of the first attempt, so time lost to retries counts, as a user would feel it. */
export function elapsedMs(from: number, to: number): number {
  return Math.max(0, Math.round(to - from));
}
