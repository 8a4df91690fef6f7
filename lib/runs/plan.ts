// What a run will send: the conversation of each case (rendered once here to refuse a run that
// cannot render, and again by the executor from the same immutable version), the items, and an
// estimate of the cost before anything is spent.
import { costUsd } from "../metrics/completion-metrics";
import { MissingVariablesError, renderTemplate } from "../prompts/template";
import { countMessageTokens, countTextTokens } from "../providers/tokens";
import type { ChatMessage } from "../providers/types";
import { requestForVariant, type VariantSettings } from "../variants/request";
import { Prisma } from "../db/generated/client";

/** Without an expected output we guess this many output tokens (or max_tokens if lower). */
export const ASSUMED_OUTPUT_TOKENS = 400;

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
  model: VariantSettings["model"] & { inputPricePerMTok: Prisma.Decimal; outputPricePerMTok: Prisma.Decimal };
}

/** Estimated USD of one call of a variant on a conversation. */
export function estimateCallCost(variant: PricedVariant, conversation: ChatMessage[], expectedOutput: string | null): Prisma.Decimal {
  const request = requestForVariant(variant, conversation);
  const guess = Math.min(variant.maxTokens ?? ASSUMED_OUTPUT_TOKENS, ASSUMED_OUTPUT_TOKENS);
  const outputTokens = expectedOutput ? countTextTokens(expectedOutput) : guess;
  return costUsd(variant.model, [{ inputTokens: countMessageTokens(request.messages), outputTokens }]);
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
