// Turning files into test cases: CSV (a column per variable, plus expected/tags/assertions),
// JSONL (one case per line), and logs of real traffic in OpenAI chat format. Every line is
// checked first; one bad line rejects the import with its line number, so nothing half-lands.
import { z } from "zod";
import { assertionsSchema, type Assertion } from "../assertions/schema";
import type { ChatMessage } from "../providers/types";
import { csvRecords } from "./csv-parse";

export const importFormats = ["csv", "jsonl", "openai_logs"] as const;
export type ImportFormat = (typeof importFormats)[number];

export interface CaseInput {
  variables: Record<string, unknown>;
  messages?: ChatMessage[];
  expectedOutput?: string;
  tags: string[];
  assertions: Assertion[];
}

export interface ImportProblem {
  line: number;
  message: string;
}

const SPECIAL = new Set(["expected", "expected_output", "tags", "assertions"]);
const messageSchema = z.object({ role: z.enum(["system", "user", "assistant"]), content: z.string() });
const tagsOf = (value: unknown) => (Array.isArray(value) ? value.map(String) : typeof value === "string" ? value.split(/[;,]/).map((tag) => tag.trim()).filter(Boolean) : []);

function fromObject(object: Record<string, unknown>): CaseInput {
  const variables = object.variables && typeof object.variables === "object" ? (object.variables as Record<string, unknown>) : Object.fromEntries(Object.entries(object).filter(([key]) => !SPECIAL.has(key)));
  const expected = object.expected ?? object.expected_output;
  const raw = typeof object.assertions === "string" ? (object.assertions.trim() === "" ? [] : (JSON.parse(object.assertions) as unknown)) : (object.assertions ?? []);
  if (!Array.isArray(raw)) throw new Error("assertions must be a JSON array");
  const parsed = assertionsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`assertions: ${parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ")}`);
  const assertions = parsed.data;
  return { variables, expectedOutput: expected === undefined || expected === "" ? undefined : String(expected), tags: tagsOf(object.tags), assertions };
}

/** {"messages": [...]} with the logged answer either as a final assistant message or as an
 * OpenAI response under "response": the answer becomes the expected output. */
function fromLog(object: Record<string, unknown>): CaseInput {
  const messages = z.array(messageSchema).min(1).parse(object.messages);
  let expected: string | undefined;
  const response = object.response as { choices?: { message?: { content?: unknown } }[] } | undefined;
  if (typeof response?.choices?.[0]?.message?.content === "string") expected = response.choices[0].message.content;
  else if (messages.at(-1)?.role === "assistant") expected = messages.pop()!.content;
  if (!messages.some((message) => message.role === "user")) throw new Error("a logged conversation needs a user message");
  return { variables: {}, messages, expectedOutput: expected, tags: tagsOf(object.tags), assertions: [] };
}

export type ImportEntry = { line: number; case: CaseInput } | { line: number; problem: string };

/** PostgreSQL stores neither NUL characters nor half a surrogate pair, in text or jsonb: such a
 * case is a bad line, not a failed insert. */
const unstorable = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function assertStorable(value: unknown): void {
  if (typeof value === "string") {
    if (unstorable.test(value)) throw new Error("contains a NUL character or broken Unicode, which cannot be stored");
  } else if (Array.isArray(value)) value.forEach(assertStorable);
  else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      assertStorable(key);
      assertStorable(inner);
    }
  }
}

function storable(testCase: CaseInput): CaseInput {
  assertStorable(testCase);
  return testCase;
}

/** Every case or problem in the file, one at a time, so big files stay in bounded memory. */
export function* importEntries(format: ImportFormat, content: string): Generator<ImportEntry> {
  if (format === "csv") yield* csvEntries(content);
  else yield* jsonLineEntries(format, content);
}

function* csvEntries(content: string): Generator<ImportEntry> {
  let header: string[] | undefined;
  try {
    for (const { cells, line } of csvRecords(content)) {
      if (!header) {
        header = cells.map((name) => name.trim());
        continue;
      }
      if (cells.length !== header.length) {
        yield { line, problem: `has ${cells.length} cells; the header has ${header.length}` };
        continue;
      }
      try {
        yield { line, case: storable(fromObject(Object.fromEntries(header.map((name, i) => [name, cells[i]])))) };
      } catch (error) {
        yield { line, problem: (error as Error).message };
      }
    }
  } catch (error) {
    yield { line: 0, problem: (error as Error).message };
  }
  if (!header) yield { line: 1, problem: "The CSV is empty; the first row names the columns." };
}

function* jsonLineEntries(format: "jsonl" | "openai_logs", content: string): Generator<ImportEntry> {
  for (let start = 0, line = 1; start < content.length; line += 1) {
    const newline = content.indexOf("\n", start);
    const stop = newline < 0 ? content.length : newline;
    const text = content.slice(start, stop);
    start = stop + 1;
    if (text.trim() === "") continue;
    try {
      const object = JSON.parse(text) as unknown;
      if (!object || typeof object !== "object" || Array.isArray(object)) throw new Error("each line must be a JSON object");
      yield { line, case: storable(format === "jsonl" ? fromObject(object as Record<string, unknown>) : fromLog(object as Record<string, unknown>)) };
    } catch (error) {
      yield { line, problem: error instanceof z.ZodError ? `messages: ${error.issues[0]?.message}` : (error as Error).message };
    }
  }
}

/** The whole file at once; for small inputs and tests. */
export function parseImport(format: ImportFormat, content: string): { cases: CaseInput[]; problems: ImportProblem[] } {
  const cases: CaseInput[] = [];
  const problems: ImportProblem[] = [];
  for (const entry of importEntries(format, content)) {
    if ("case" in entry) cases.push(entry.case);
    else problems.push({ line: entry.line, message: entry.problem });
  }
  if (cases.length === 0 && problems.length === 0) problems.push({ line: 0, message: "There are no test cases in the file." });
  return { cases, problems };
}
