// Turning files into test cases: CSV (a column per variable, plus expected/tags/assertions),
// JSONL (one case per line), and logs of real traffic in OpenAI chat format. Every line is
// checked first; one bad line rejects the import with its line number, so nothing half-lands.
import { z } from "zod";
import { assertionsSchema, type Assertion } from "../assertions/schema";
import type { ChatMessage } from "../providers/types";
import { parseCsv } from "./csv-parse";

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

export function parseImport(format: ImportFormat, content: string): { cases: CaseInput[]; problems: ImportProblem[] } {
  const cases: CaseInput[] = [];
  const problems: ImportProblem[] = [];
  if (format === "csv") {
    let rows: string[][];
    try {
      rows = parseCsv(content);
    } catch (error) {
      return { cases, problems: [{ line: 0, message: (error as Error).message }] };
    }
    const [header, ...body] = rows;
    if (!header) return { cases, problems: [{ line: 1, message: "The CSV is empty; the first row names the columns." }] };
    body.forEach((cells, index) => {
      if (cells.length !== header.length) return void problems.push({ line: index + 2, message: `has ${cells.length} cells; the header has ${header.length}` });
      try {
        cases.push(fromObject(Object.fromEntries(header.map((name, i) => [name.trim(), cells[i]]))));
      } catch (error) {
        problems.push({ line: index + 2, message: (error as Error).message });
      }
    });
  } else {
    content.split(/\r?\n/).forEach((line, index) => {
      if (line.trim() === "") return;
      try {
        const object = JSON.parse(line) as unknown;
        if (!object || typeof object !== "object" || Array.isArray(object)) throw new Error("each line must be a JSON object");
        cases.push(format === "jsonl" ? fromObject(object as Record<string, unknown>) : fromLog(object as Record<string, unknown>));
      } catch (error) {
        const message = error instanceof z.ZodError ? `messages: ${error.issues[0]?.message}` : (error as Error).message;
        problems.push({ line: index + 1, message });
      }
    });
  }
  if (cases.length === 0 && problems.length === 0) problems.push({ line: 0, message: "There are no test cases in the file." });
  return { cases, problems };
}
