import { describe, expect, it } from "vitest";
import { csvRecords, parseCsv } from "./csv-parse";
import { parseImport } from "./import";

describe("CSV", () => {
  it("handles quotes, commas, doubled quotes, line breaks, CRLF and a BOM", () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\r\n\r\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"\nthere'],
    ]);
    expect(() => parseCsv('a\n"open')).toThrow("closing");
  });

  it("keeps empty cells, lone CR line ends, and text after a closing quote", () => {
    expect(parseCsv("a,,b,\rc,d")).toEqual([["a", "", "b", ""], ["c", "d"]]);
    expect(parseCsv('"x"y,z"q"\n')).toEqual([["xy", 'z"q"']]);
    expect(parseCsv("")).toEqual([]);
  });

  it("numbers records by the line they start on, past quoted line breaks and blank lines", () => {
    const records = [...csvRecords('q,a\n"two\nlines",1\n\nnext,2\r\nlast,3')];
    expect(records.map((record) => record.line)).toEqual([1, 2, 5, 6]);
    expect(() => [...csvRecords('q\n"a\nb"\n"open\n')]).toThrow("opens on line 4");
  });
});

describe("importing test cases", () => {
  it("reads CSV columns as variables, with expected output, tags and assertions", () => {
    const { cases, problems } = parseImport("csv", 'question,expected,tags,assertions\nWhat is 2+2?,4,"math;easy","[{""type"":""contains"",""value"":""4""}]"\n');
    expect(problems).toEqual([]);
    expect(cases).toEqual([{ variables: { question: "What is 2+2?" }, expectedOutput: "4", tags: ["math", "easy"], assertions: [{ type: "contains", value: "4", caseSensitive: false }] }]);
  });

  it("checks each case's assertions and names the line of a bad one", () => {
    const { problems } = parseImport("jsonl", ['{"variables": {"q": "a"}, "assertions": [{"type": "is_json"}]}', '{"variables": {"q": "b"}, "assertions": [{"type": "regex", "pattern": "("}]}', '{"variables": {"q": "c"}, "assertions": [{"type": "nope"}]}'].join("\n"));
    expect(problems.map((problem) => problem.line)).toEqual([2, 3]);
    expect(problems[0]!.message).toContain("not a valid regular expression");
  });

  it("reports every bad line with its number and keeps nothing of them", () => {
    const { cases, problems } = parseImport("csv", "q,expected\nok,1\nonly-one-cell\nbad,2,extra\n");
    expect(cases).toHaveLength(1);
    expect(problems).toEqual([
      { line: 3, message: "has 1 cells; the header has 2" },
      { line: 4, message: "has 3 cells; the header has 2" },
    ]);
    expect(parseImport("jsonl", '{"variables":{"q":"a"}}\nnot json\n[1]').problems.map((problem) => problem.line)).toEqual([2, 3]);
    const quoted = parseImport("csv", 'q,expected\n"multi\nline",1\nbad\n');
    expect(quoted.problems).toEqual([{ line: 4, message: "has 1 cells; the header has 2" }]);
    expect(parseImport("csv", "q,expected\n").problems).toEqual([{ line: 0, message: "There are no test cases in the file." }]);
  });

  it("takes JSONL with variables or flat fields", () => {
    const { cases } = parseImport("jsonl", '{"variables":{"q":"a"},"expected":"b","tags":["x"]}\n{"q":"c"}\n');
    expect(cases).toEqual([
      { variables: { q: "a" }, expectedOutput: "b", tags: ["x"], assertions: [] },
      { variables: { q: "c" }, expectedOutput: undefined, tags: [], assertions: [] },
    ]);
  });

  it("turns OpenAI chat logs into cases, the logged answer becoming the expected output", () => {
    const log = [
      JSON.stringify({ messages: [{ role: "system", content: "Be brief." }, { role: "user", content: "Hi" }, { role: "assistant", content: "Hello!" }] }),
      JSON.stringify({ messages: [{ role: "user", content: "Ping" }], response: { choices: [{ message: { content: "Pong" } }] } }),
      JSON.stringify({ messages: [{ role: "wizard", content: "?" }] }),
    ].join("\n");
    const { cases, problems } = parseImport("openai_logs", log);
    expect(cases[0]).toMatchObject({ messages: [{ role: "system", content: "Be brief." }, { role: "user", content: "Hi" }], expectedOutput: "Hello!" });
    expect(cases[1]).toMatchObject({ messages: [{ role: "user", content: "Ping" }], expectedOutput: "Pong" });
    expect(problems).toEqual([{ line: 3, message: expect.stringContaining("messages") }]);
  });
});
