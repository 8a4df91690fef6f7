import { describe, expect, it } from "vitest";
import { evaluateAll, evaluateAssertion, type AnswerUnderTest } from "./evaluate";
import { assertionSchema, type Assertion } from "./schema";
import { similarityRatio } from "./similarity";

const answer = (text: string, extra: Partial<AnswerUnderTest> = {}): AnswerUnderTest => ({
  question: "q",
  text,
  ttftMs: 120,
  totalMs: 900,
  costUsd: 0.002,
  expectedOutput: null,
  baselineText: null,
  ...extra,
});
const check = (config: unknown, text: string, extra: Partial<AnswerUnderTest> = {}) =>
  evaluateAssertion(assertionSchema.parse(config) as Exclude<Assertion, { type: "llm_judge" }>, answer(text, extra));

describe("assertions", () => {
  it("contains / not_contains, case-insensitive unless asked", () => {
    expect(check({ type: "contains", value: "paris" }, "It is Paris.").passed).toBe(true);
    expect(check({ type: "contains", value: "paris", caseSensitive: true }, "It is Paris.").passed).toBe(false);
    expect(check({ type: "not_contains", value: "sorry" }, "Sorry, I cannot.")).toMatchObject({ passed: false, reason: 'Found "sorry".' });
    expect(check({ type: "not_contains", value: "sorry" }, "Here you go.").passed).toBe(true);
  });

  it("regex with flags, and refuses a broken pattern at validation", () => {
    expect(check({ type: "regex", pattern: "^\\d{4}-\\d{2}$" }, "2026-11")).toMatchObject({ passed: true, reason: 'Matched "2026-11".' });
    expect(check({ type: "regex", pattern: "^yes$", flags: "i" }, "YES").passed).toBe(true);
    expect(check({ type: "regex", pattern: "^yes$" }, "YES").passed).toBe(false);
    expect(assertionSchema.safeParse({ type: "regex", pattern: "(" }).success).toBe(false);
  });

  it("equals compares with its value or else the expected output, trimmed by default", () => {
    expect(check({ type: "equals", value: "42" }, " 42\n").passed).toBe(true);
    expect(check({ type: "equals", value: "42", trim: false }, " 42\n").passed).toBe(false);
    expect(check({ type: "equals" }, "Paris", { expectedOutput: "Paris" }).passed).toBe(true);
    expect(check({ type: "equals" }, "Lyon", { expectedOutput: "Paris" }).passed).toBe(false);
    expect(check({ type: "equals" }, "Paris")).toMatchObject({ passed: false, reason: "There is no expected output to compare with." });
  });

  it("is_json accepts a fenced object and rejects prose", () => {
    expect(check({ type: "is_json" }, '```json\n{"a": 1}\n```').passed).toBe(true);
    expect(check({ type: "is_json" }, "[1, 2]").passed).toBe(true);
    expect(check({ type: "is_json" }, "Sure! {\"a\": 1}").passed).toBe(false);
  });

  it("json_schema validates with ajv and says what is wrong", () => {
    const schema = { type: "object", required: ["name", "age"], properties: { name: { type: "string" }, age: { type: "integer", minimum: 0 } } };
    expect(check({ type: "json_schema", schema }, '{"name": "Ada", "age": 36}').passed).toBe(true);
    const wrong = check({ type: "json_schema", schema }, '{"name": "Ada", "age": -1}');
    expect(wrong.passed).toBe(false);
    expect(wrong.reason).toContain("answer/age must be >= 0");
    expect(check({ type: "json_schema", schema }, "no").reason).toMatch(/^Not JSON/);
  });

  it("max latency (total or TTFT) and max cost", () => {
    expect(check({ type: "max_latency_ms", value: 1000 }, "x")).toMatchObject({ passed: true, score: 900 });
    expect(check({ type: "max_latency_ms", value: 100, metric: "ttft" }, "x")).toMatchObject({ passed: false, reason: "TTFT 120 ms (limit 100 ms)." });
    expect(check({ type: "max_latency_ms", value: 100 }, "x", { totalMs: null }).passed).toBe(false);
    expect(check({ type: "max_cost_usd", value: 0.001 }, "x").passed).toBe(false);
    expect(check({ type: "max_cost_usd", value: 0.01 }, "x").passed).toBe(true);
  });

  it("similar_to_baseline uses the word similarity ratio, and skips without a baseline", () => {
    expect(similarityRatio("the cat sat on the mat", "the cat sat on the mat")).toBe(1);
    expect(similarityRatio("a b c d", "a b x y")).toBe(0.5);
    expect(similarityRatio("", "")).toBe(1);
    expect(check({ type: "similar_to_baseline", minRatio: 0.6 }, "a b x y", { baselineText: "a b c d" })).toMatchObject({ passed: false, score: 0.5 });
    expect(check({ type: "similar_to_baseline", minRatio: 0.5 }, "a b x y", { baselineText: "a b c d" }).passed).toBe(true);
    expect(check({ type: "similar_to_baseline" }, "anything").reason).toMatch(/^Skipped/);
  });

  it("evaluateAll asks the judge only for llm_judge assertions, in order", async () => {
    const asked: string[] = [];
    const results = await evaluateAll(
      [assertionSchema.parse({ type: "contains", value: "a" }), assertionSchema.parse({ type: "llm_judge", rubric: "Be kind", judgeVariantId: "0195f8f0-0000-7000-8000-000000000000" })],
      answer("a kind answer"),
      async (assertion, judged) => {
        asked.push(`${assertion.rubric}:${judged.text}`);
        return { passed: false, score: 2, reason: "curt" };
      },
    );
    expect(asked).toEqual(["Be kind:a kind answer"]);
    expect(results.map((result) => [result.assertion.type, result.passed, result.score])).toEqual([
      ["contains", true, null],
      ["llm_judge", false, 2],
    ]);
  });
});
