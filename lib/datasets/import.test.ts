import { describe, expect, it } from "vitest";
import { columnMappingSchema, parseImport, problemSentence } from "./import";
import { effectiveMapping } from "./import-mapping";

describe("importing test cases", () => {
  it("reads CSV columns as variables, with expected output, tags and assertions", async () => {
    const { cases, problems } = await parseImport({ format: "csv", content: 'question,expected,tags,assertions\nWhat is 2+2?,4,"math;easy","[{""type"":""contains"",""value"":""4""}]"\n' });
    expect(problems).toEqual([]);
    expect(cases).toEqual([{ variables: { question: "What is 2+2?" }, expectedOutput: "4", tags: ["math", "easy"], assertions: [{ type: "contains", value: "4", caseSensitive: false }] }]);
  });

  it("reads semicolon CSV and TSV exports the same way", async () => {
    const expected = [{ variables: { question: "Is 1,5 > 1?" }, expectedOutput: "yes", tags: ["math"], assertions: [] }];
    expect((await parseImport({ format: "csv", content: "\uFEFFquestion;expected;tags\r\nIs 1,5 > 1?;yes;math\r\n" })).cases).toEqual(expected);
    expect((await parseImport({ format: "csv", content: "question\texpected\ttags\nIs 1,5 > 1?\tyes\tmath\n" })).cases).toEqual(expected);
  });

  it("maps columns as told: renamed expected and tags columns, an ignored column, a JSON variables column", async () => {
    const content = 'prompt,answer,labels,notes,extra\nHi,Hello,"a,b",skip me,"{""lang"":""en""}"\n';
    const mapping = { answer: "expected", labels: "tags", notes: "ignore", extra: "variables" } as const;
    const { cases, problems } = await parseImport({ format: "csv", content, mapping });
    expect(problems).toEqual([]);
    expect(cases).toEqual([{ variables: { prompt: "Hi", lang: "en" }, expectedOutput: "Hello", tags: ["a", "b"], assertions: [] }]);
    expect(effectiveMapping(["prompt", "answer", "Expected", "tags"], { answer: "expected" })).toEqual({ prompt: "variable", answer: "expected", Expected: "expected", tags: "tags" });
    expect(columnMappingSchema.safeParse({ a: "expected", b: "expected" }).error?.issues[0]?.message).toBe('Only one column can be the expected output; "a" and "b" both are.');
  });

  it("names the line and field of a bad assertion in a sentence", async () => {
    const content = ['{"variables": {"q": "a"}, "assertions": [{"type": "is_json"}]}', '{"variables": {"q": "b"}, "assertions": [{"type": "is_json"}, {"type": "regex", "pattern": "("}]}', '{"variables": {"q": "c"}, "assertions": [{"type": "nope"}]}'].join("\n");
    const { problems } = await parseImport({ format: "jsonl", content });
    expect(problems.map(problemSentence)).toEqual([
      "Line 2, assertions: assertion 2 — That is not a valid regular expression.",
      expect.stringMatching(/^Line 3, assertions: assertion 1 \(type\) — there is no assertion of that type \(expected 'contains' \| .*\)\.$/),
    ]);
    const csv = await parseImport({ format: "csv", content: 'q,assertions\nx,"[{""type"":""contains""}]"\ny,not json\n' });
    expect(csv.problems.map(problemSentence)).toEqual(["Line 2, assertions: assertion 1 (value) — Invalid input: expected string, received undefined.", "Line 3, assertions: This is not valid JSON."]);
  });

  it("reports every bad line with its number and keeps nothing of them", async () => {
    const { cases, problems } = await parseImport({ format: "csv", content: "q,expected\nok,1\nonly-one-cell\nbad,2,extra\n" });
    expect(cases).toHaveLength(1);
    expect(problems.map(problemSentence)).toEqual(["Line 3: The row has 1 cell, but the header has 2 cells.", "Line 4: The row has 3 cells, but the header has 2 cells."]);
    expect((await parseImport({ format: "jsonl", content: '{"variables":{"q":"a"}}\nnot json\n[1]' })).problems.map((problem) => problem.line)).toEqual([2, 3]);
    const quoted = await parseImport({ format: "csv", content: 'q,expected\n"multi\nline",1\nbad\n' });
    expect(quoted.problems.map((problem) => problem.line)).toEqual([4]);
    expect((await parseImport({ format: "csv", content: "q,expected\n" })).problems).toEqual([{ line: 0, message: "There are no test cases in the file." }]);
  });

  it("turns unstorable or absurdly deep values into bad lines, not failed inserts", async () => {
    const deep = `{"variables":{"v":${"[".repeat(500)}${"]".repeat(500)}}}`;
    const { problems } = await parseImport({ format: "jsonl", content: ['{"q":"nul\\u0000"}', '{"q":"half\\ud800"}', deep].join("\n") });
    expect(problems.map((problem) => [problem.line, problem.field])).toEqual([
      [1, "variables"],
      [2, "variables"],
      [3, "variables"],
    ]);
    expect(problems[2]!.message).toMatch(/nested deeper than 64 levels/);
  });

  it("takes JSONL with variables or flat fields, and messages back from an export", async () => {
    const { cases } = await parseImport({ format: "jsonl", content: '{"variables":{"q":"a"},"expected":"b","tags":["x"]}\n{"q":"c"}\n{"variables":{},"messages":[{"role":"user","content":"Hi"}]}\n' });
    expect(cases).toEqual([
      { variables: { q: "a" }, expectedOutput: "b", tags: ["x"], assertions: [] },
      { variables: { q: "c" }, tags: [], assertions: [] },
      { variables: {}, messages: [{ role: "user", content: "Hi" }], tags: [], assertions: [] },
    ]);
  });

  it("turns OpenAI chat logs into cases, the logged answer becoming the expected output", async () => {
    const log = [
      JSON.stringify({ messages: [{ role: "system", content: "Be brief." }, { role: "user", content: "Hi" }, { role: "assistant", content: "Hello!" }] }),
      JSON.stringify({ messages: [{ role: "user", content: "Ping" }], response: { choices: [{ message: { content: "Pong" } }] } }),
      JSON.stringify({ messages: [{ role: "wizard", content: "?" }] }),
    ].join("\n");
    const { cases, problems } = await parseImport({ format: "openai_logs", content: log });
    expect(cases[0]).toMatchObject({ messages: [{ role: "system", content: "Be brief." }, { role: "user", content: "Hi" }], expectedOutput: "Hello!" });
    expect(cases[1]).toMatchObject({ messages: [{ role: "user", content: "Ping" }], expectedOutput: "Pong" });
    expect(problems).toEqual([{ line: 3, field: "messages", message: expect.stringContaining("message 1 (role)") }]);
  });
});
