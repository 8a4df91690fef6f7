// What a run will send: the conversation of each case (rendered once here to refuse a run that
// cannot render, and again by the executor from the same immutable version), the items, and an
// estimate of the cost before anything is spent.
import "server-only";
import { costUsd, type Prices } from "../metrics/completion-metrics";
import { MissingVariablesError, renderTemplate } from "../prompts/template";
import { countMessageTokens } from "../providers/tokens";
import type { ChatMessage } from "../providers/types";
import { requestForVariant, type VariantSettings } from "../variants/request";
import { Prisma } from "../db/generated/client";

/** A variant without recent answers or max_tokens is assumed to answer this many tokens. */
export const ASSUMED_OUTPUT_TOKENS = 400;
/** A variant without max_tokens is assumed to answer at most this many tokens (Anthropic's
 * default limit), or its longest recent answer if that was longer. */
export const ASSUMED_MAX_OUTPUT_TOKENS = 1024;

/** A variant's recent answers (output-history.ts): how long it tends to answer. */
export interface OutputHistory {
  answers: number;
  meanOutputTokens: number;
  maxOutputTokens: number;
}

export interface CaseShape {
  variables: unknown;
  messages: unknown;
  expectedOutput: string | null;
}

/** A case's conversation: imported traffic brings its own; otherwise the template, filled. */
export function conversationOf(template: ChatMessage[], testCase: CaseShape): ChatMessage[] {
  if (Array.isArray(testCase.messages) && testCase.messages.length > 0) return testCase.messages as ChatMessage[];
  return renderTemplate(template, (testCase.variables ?? {}) as Record<string, unknown>);
}

/** Problems rendering the cases, as "case 3: No value for {{city}}." lines. */
export function renderProblems(template: ChatMessage[], cases: Array<CaseShape & { position: number }>): string[] {
  const problems: string[] = [];
  for (const testCase of cases) {
    try {
      conversationOf(template, testCase);
    } catch (error) {
      if (!(error instanceof MissingVariablesError)) throw error;
      problems.push(`case ${testCase.position + 1}: ${error.message}`);
    }
  }
  return problems;
}

export interface PricedVariant extends VariantSettings {
  model: VariantSettings["model"] & Prices;
}

/** Output tokens to expect: the mean of the variant's recent answers (within max_tokens), else
 * its max_tokens, else ASSUMED_OUTPUT_TOKENS. A case's expected output is no guide: it is often a
 * word or two where the model writes paragraphs. */
export function expectedOutputTokens(variant: Pick<VariantSettings, "maxTokens">, history: OutputHistory | undefined): number {
  if (history && history.answers > 0) return Math.min(history.meanOutputTokens, variant.maxTokens ?? Number.POSITIVE_INFINITY);
  return variant.maxTokens ?? ASSUMED_OUTPUT_TOKENS;
}

/** Output tokens a call may produce at most: max_tokens, else an assumption (see above). */
export function worstOutputTokens(variant: Pick<VariantSettings, "maxTokens">, history: OutputHistory | undefined): number {
  return variant.maxTokens ?? Math.max(ASSUMED_MAX_OUTPUT_TOKENS, history?.maxOutputTokens ?? 0);
}

export interface CallCost {
  /** The tokenizer's count of the rendered request (o200k: exact for OpenAI, close for others). */
  inputTokens: number;
  outputTokens: number;
  worstOutputTokens: number;
  /** What the call is expected to cost: for the run's estimate. */
  estimateUsd: Prisma.Decimal;
  /** What it may cost at most: what the budget reserves while it is in flight. */
  worstCaseUsd: Prisma.Decimal;
}

/** countMessageTokens remembering every request it counted: a run's variants mostly send a case
 * the same messages, and tokenizing every case once per variant was most of what creating a large
 * run cost (0.5–0.7 s of the web process's CPU for 500 long cases × 4 variants, BENCHMARKS.md). */
export function sharedTokenCounts(): (messages: ChatMessage[]) => number {
  const counts = new Map<string, number>();
  return (messages) => {
    const key = JSON.stringify(messages);
    let count = counts.get(key);
    if (count === undefined) counts.set(key, (count = countMessageTokens(messages)));
    return count;
  };
}

/** Expected and worst-case USD of one call of a variant on a conversation. */
export function callCost(variant: PricedVariant, conversation: ChatMessage[], history: OutputHistory | undefined, countInput: (messages: ChatMessage[]) => number = countMessageTokens): CallCost {
  const inputTokens = countInput(requestForVariant(variant, conversation).messages);
  const outputTokens = expectedOutputTokens(variant, history);
  const worst = worstOutputTokens(variant, history);
  return {
    inputTokens,
    outputTokens,
    worstOutputTokens: worst,
    estimateUsd: costUsd(variant.model, [{ inputTokens, outputTokens }]),
    worstCaseUsd: costUsd(variant.model, [{ inputTokens, outputTokens: worst }]),
  };
}

export interface PlannedItem {
  caseKey: string;
  testCaseId: string | null;
  variantId: string;
  repetition: number;
  concurrency: number | null;
}

/** Replay items in the order they should run: case by case, each repetition across variants,
 * so that a run stopped half-way still compares the variants on the same cases. */
export function replayItems(caseIds: string[], variantIds: string[], repetitions: number): PlannedItem[] {
  return caseIds.flatMap((testCaseId) =>
    Array.from({ length: repetitions }, (_, repetition) => variantIds.map((variantId) => ({ caseKey: testCaseId, testCaseId, variantId, repetition, concurrency: null }))).flat(),
  );
}

/** Load items: `requests` calls at each concurrency level, lowest level first. */
export function loadItems(variantId: string, requests: number, levels: number[]): PlannedItem[] {
  return [...new Set(levels)]
    .sort((a, b) => a - b)
    .flatMap((level) => Array.from({ length: requests }, (_, repetition) => ({ caseKey: `load@${level}`, testCaseId: null, variantId, repetition, concurrency: level })));
}
