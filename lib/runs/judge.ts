// The LLM judge: another variant grades an answer 1–5 against a rubric and says why. Its own
// calls are not charged to the variant under test (they are not part of that variant's cost).
import "server-only";
import type { Judge } from "../assertions/evaluate";
import { adapterFor } from "../providers/registry";
import { connectionFor } from "../providers/service";
import { completeOnce } from "../providers/stream";
import type { ChatMessage } from "../providers/types";
import { requestForVariant } from "../variants/request";
import { findCallableVariant } from "../variants/callable";

const INSTRUCTIONS =
  'You grade one answer of an AI assistant against a rubric. Reply with only a JSON object: {"score": <whole number 1-5, 5 = fully meets the rubric>, "reason": "<one sentence>"}.';

export function judgePrompt(rubric: string, question: string, answer: string, expected: string | null): ChatMessage[] {
  const parts = [`Rubric:\n${rubric}`, `Question:\n${question}`, ...(expected ? [`Reference answer:\n${expected}`] : []), `Answer to grade:\n${answer}`];
  return [
    { role: "system", content: INSTRUCTIONS },
    { role: "user", content: parts.join("\n\n") },
  ];
}

/** The first {...} in the judge's reply with a score from 1 to 5. */
export function parseVerdict(text: string): { score: number; reason: string } | null {
  const match = /\{[\s\S]*\}/.exec(text);
  if (!match) return null;
  try {
    const value = JSON.parse(match[0]) as { score?: unknown; reason?: unknown };
    const score = Number(value.score);
    if (!Number.isFinite(score) || score < 1 || score > 5) return null;
    return { score, reason: typeof value.reason === "string" ? value.reason : "" };
  } catch {
    return null;
  }
}

/** A judge for one run: looks each judge variant up once. */
export function createJudge(signal: AbortSignal): Judge {
  const variants = new Map<string, ReturnType<typeof loadVariant>>();
  return async (assertion, answer) => {
    if (!variants.has(assertion.judgeVariantId)) variants.set(assertion.judgeVariantId, loadVariant(assertion.judgeVariantId));
    const judge = await variants.get(assertion.judgeVariantId)!;
    if (!judge) return { passed: false, score: null, reason: "The judge variant no longer exists." };
    const request = requestForVariant({ ...judge.variant, systemPrompt: null }, judgePrompt(assertion.rubric, answer.question, answer.text, answer.expectedOutput));
    const result = await completeOnce(adapterFor(judge.connection), request, { prices: judge.variant.model, signal });
    if (result.status !== "done") return { passed: false, score: null, reason: `The judge (${judge.variant.name}) failed: ${result.errorMessage ?? "no answer"}.` };
    const verdict = parseVerdict(result.text);
    if (!verdict) return { passed: false, score: null, reason: `The judge (${judge.variant.name}) did not answer with a score: "${result.text.slice(0, 120)}".` };
    return { passed: verdict.score >= assertion.minScore, score: verdict.score, reason: `${judge.variant.name}: ${verdict.score}/5. ${verdict.reason}`.trim() };
  };
}

async function loadVariant(id: string) {
  const variant = await findCallableVariant({ id });
  if (!variant) return null;
  return { variant, connection: await connectionFor(variant.model.providerId) };
}
