// Checking an answer against assertions. Pure, except the LLM judge, which the caller supplies
// (lib/runs/judge.ts) so that this module stays testable without a provider.
import { Ajv } from "ajv";
import type { Assertion } from "./schema";
import { similarityRatio } from "./similarity";

export interface AnswerUnderTest {
  /** What the answer responds to: the conversation's last user message (for the judge). */
  question: string;
  text: string;
  ttftMs: number | null;
  totalMs: number | null;
  costUsd: number;
  /** The test case's expected output, when it has one. */
  expectedOutput: string | null;
  /** The baseline run's answer to the same case from the same variant, when there is one. */
  baselineText: string | null;
}

export interface AssertionOutcome {
  passed: boolean;
  score: number | null;
  reason: string;
}

export type Judge = (assertion: Extract<Assertion, { type: "llm_judge" }>, answer: AnswerUnderTest) => Promise<AssertionOutcome>;

const ajv = new Ajv({ allErrors: true, strict: false });

const outcome = (passed: boolean, reason: string, score: number | null = null): AssertionOutcome => ({ passed, score, reason });

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  // Models like to wrap JSON in a Markdown fence; the fence is not part of the answer's JSON.
  const unfenced = text.trim().replace(/^```(?:json)?\s*\n([\s\S]*?)\n```$/, "$1");
  try {
    return { ok: true, value: JSON.parse(unfenced) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export function evaluateAssertion(assertion: Exclude<Assertion, { type: "llm_judge" }>, answer: AnswerUnderTest): AssertionOutcome {
  const { text } = answer;
  switch (assertion.type) {
    case "contains":
    case "not_contains": {
      const found = assertion.caseSensitive ? text.includes(assertion.value) : text.toLowerCase().includes(assertion.value.toLowerCase());
      const wanted = assertion.type === "contains";
      return outcome(found === wanted, found ? `Found "${assertion.value}".` : `"${assertion.value}" does not appear.`);
    }
    case "regex": {
      const match = new RegExp(assertion.pattern, assertion.flags).exec(text);
      return outcome(match !== null, match ? `Matched "${match[0].slice(0, 80)}".` : `No match for /${assertion.pattern}/${assertion.flags}.`);
    }
    case "equals": {
      const expected = assertion.value ?? answer.expectedOutput;
      if (expected === null) return outcome(false, "There is no expected output to compare with.");
      const [a, b] = assertion.trim ? [text.trim(), expected.trim()] : [text, expected];
      return outcome(a === b, a === b ? "Equal to the expected output." : `Differs from the expected output (${similarityPercent(b, a)} similar).`);
    }
    case "is_json": {
      const parsed = parseJson(text);
      return outcome(parsed.ok, parsed.ok ? "Valid JSON." : `Not JSON: ${parsed.error}`);
    }
    case "json_schema": {
      const parsed = parseJson(text);
      if (!parsed.ok) return outcome(false, `Not JSON: ${parsed.error}`);
      let validate;
      try {
        validate = ajv.compile(assertion.schema);
      } catch (error) {
        return outcome(false, `The schema itself is invalid: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (validate(parsed.value)) return outcome(true, "Matches the schema.");
      return outcome(false, ajv.errorsText(validate.errors, { dataVar: "answer" }));
    }
    case "max_latency_ms": {
      const value = assertion.metric === "ttft" ? answer.ttftMs : answer.totalMs;
      const label = assertion.metric === "ttft" ? "TTFT" : "Total time";
      if (value === null) return outcome(false, `${label} was not measured.`);
      return outcome(value <= assertion.value, `${label} ${value} ms (limit ${assertion.value} ms).`, value);
    }
    case "max_cost_usd":
      return outcome(answer.costUsd <= assertion.value, `Cost $${answer.costUsd.toFixed(6)} (limit $${assertion.value}).`, answer.costUsd);
    case "similar_to_baseline": {
      // Nothing to compare with is not a failure of this answer: the first run of a dataset has
      // no baseline. The reason says it was skipped.
      if (answer.baselineText === null) return outcome(true, "Skipped: the baseline run has no answer for this case and variant.");
      const ratio = similarityRatio(answer.baselineText, text);
      return outcome(ratio >= assertion.minRatio, `${Math.round(ratio * 100)}% similar to the baseline (needs ${Math.round(assertion.minRatio * 100)}%).`, ratio);
    }
  }
}

function similarityPercent(a: string, b: string) {
  return `${Math.round(similarityRatio(a, b) * 100)}%`;
}

/** Every assertion of an answer, in order; the judge is asked only for llm_judge ones. */
export async function evaluateAll(assertions: Assertion[], answer: AnswerUnderTest, judge: Judge): Promise<Array<{ assertion: Assertion } & AssertionOutcome>> {
  const results = [];
  for (const assertion of assertions) {
    const result = assertion.type === "llm_judge" ? await judge(assertion, answer) : evaluateAssertion(assertion, answer);
    results.push({ assertion, ...result });
  }
  return results;
}
