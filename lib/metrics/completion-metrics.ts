// The definitions of what Juxta measures for a completion (DESIGN.md, "Metrics"). Everything that
// shows or stores these numbers takes them from here.
// Decimal comes from the Prisma runtime itself (the very class Prisma.Decimal is), not from lib/db:
// a definition of what is measured does not depend on how it is stored.
import { Decimal } from "@prisma/client/runtime/client";

const MILLION = new Decimal(1_000_000);

type Price = Decimal | string | number;

export interface Prices {
  inputPricePerMTok: Price;
  outputPricePerMTok: Price;
  /** Null or absent: cached input is priced as plain input (likewise the two below). */
  cachedInputPricePerMTok?: Price | null;
  cacheWritePricePerMTok?: Price | null;
  reasoningPricePerMTok?: Price | null;
}

export interface AttemptUsage {
  /** All input tokens, cached and cache-written ones included (the adapters normalise this). */
  inputTokens: number;
  /** All output tokens, reasoning included. */
  outputTokens: number;
  /** Of inputTokens: read from the provider's prompt cache. */
  cachedInputTokens?: number | null;
  /** Of inputTokens: written to the prompt cache (Anthropic). */
  cacheWriteInputTokens?: number | null;
  /** Of outputTokens: spent on reasoning. */
  reasoningTokens?: number | null;
}

/** Cost in USD, summed over attempts, prices per million tokens, in exact decimal arithmetic
 * (money never goes through floats). Each kind of token has its own price:
 *
 *   (input − cached − cacheWrite) × input + cached × cachedInput + cacheWrite × cacheWrite
 *   + (output − reasoning) × output + reasoning × reasoning
 *
 * where a special price left empty falls back to the plain input (or output) price. inputTokens
 * is the whole input for both providers: OpenAI's prompt_tokens already includes cached_tokens,
 * and the Anthropic adapter adds cache_read_input_tokens and cache_creation_input_tokens to
 * input_tokens (which excludes them) before anything is stored.
 *
 * Worked example: prices in 2.50, cached 1.25, out 10.00, reasoning empty; OpenAI reports
 * prompt_tokens 1000 with cached_tokens 400, completion_tokens 300 with reasoning_tokens 200:
 *   600 × 2.50 + 400 × 1.25 + 100 × 10.00 + 200 × 10.00 = 1500 + 500 + 1000 + 2000 = 5000 → $0.005.
 * Anthropic reporting input_tokens 600, cache_read_input_tokens 400, cache_creation_input_tokens
 * 100 is stored as inputTokens 1100 and, with cache write at 3.125, costs for its input
 *   600 × 2.50 + 400 × 1.25 + 100 × 3.125 = 2312.5 → $0.0023125. */
export function costUsd(prices: Prices, attempts: AttemptUsage[]): Decimal {
  const input = new Decimal(prices.inputPricePerMTok);
  const output = new Decimal(prices.outputPricePerMTok);
  const cached = prices.cachedInputPricePerMTok == null ? input : new Decimal(prices.cachedInputPricePerMTok);
  const cacheWrite = prices.cacheWritePricePerMTok == null ? input : new Decimal(prices.cacheWritePricePerMTok);
  const reasoning = prices.reasoningPricePerMTok == null ? output : new Decimal(prices.reasoningPricePerMTok);
  return attempts
    .reduce((sum, attempt) => {
      const read = attempt.cachedInputTokens ?? 0;
      const written = attempt.cacheWriteInputTokens ?? 0;
      const thought = attempt.reasoningTokens ?? 0;
      // A provider reporting more special tokens than tokens is wrong; never price a negative count.
      const plainInput = Math.max(0, attempt.inputTokens - read - written);
      const plainOutput = Math.max(0, attempt.outputTokens - thought);
      return sum
        .plus(input.times(plainInput))
        .plus(cached.times(read))
        .plus(cacheWrite.times(written))
        .plus(output.times(plainOutput))
        .plus(reasoning.times(thought));
    }, new Decimal(0))
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
