// One imported row or object → a test case, by the column mapping. Problems are thrown as
// ImportFieldError naming the field, with a sentence a person can act on ("assertion 2 — That is
// not a valid regular expression."), not zod's path dump.
import { z } from "zod";
import { assertionsSchema, type Assertion } from "../assertions/schema";
import { findUnstorable } from "../api/unstorable-input";
import type { ChatMessage } from "../providers/types";
import { roleOf, type ColumnMapping } from "./import-mapping";

export interface CaseInput {
  variables: Record<string, unknown>;
  messages?: ChatMessage[];
  expectedOutput?: string;
  tags: string[];
  assertions: Assertion[];
}

export class ImportFieldError extends Error {
  constructor(
    readonly field: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = "ImportFieldError";
  }
}

const messageSchema = z.object({ role: z.enum(["system", "user", "assistant"]), content: z.string() });
const messagesSchema = z.array(messageSchema).min(1, "The conversation needs at least one message.");

const tagsOf = (value: unknown) => (Array.isArray(value) ? value.map(String) : typeof value === "string" ? value.split(/[;,]/).map((tag) => tag.trim()).filter(Boolean) : []);

/** A field holding JSON: CSV cells carry it as text, JSON lines as the value itself. */
function jsonOf(field: string, value: unknown): unknown {
  if (typeof value !== "string") return value;
  if (value.trim() === "") return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new ImportFieldError(field, "This is not valid JSON.");
  }
}

/** "assertion 2 (value) — Give the text to look for." for a zod issue under an array field. */
function issueSentence(noun: string, issue: z.core.$ZodIssue): string {
  const [index, ...rest] = issue.path;
  const where = typeof index === "number" ? `${noun} ${index + 1}${rest.length > 0 ? ` (${rest.join(".")})` : ""} — ` : "";
  const message = issue.code === "invalid_union" && rest[0] === "type" ? `there is no assertion of that type (${issue.message.replace(/^.*Expected /, "expected ")})` : issue.message;
  return `${where}${message}`;
}

function assertionsOf(value: unknown): Assertion[] {
  const raw = jsonOf("assertions", value) ?? [];
  if (!Array.isArray(raw)) throw new ImportFieldError("assertions", "Assertions must be a JSON array, like [{\"type\": \"contains\", \"value\": \"4\"}].");
  const parsed = assertionsSchema.safeParse(raw);
  if (!parsed.success) throw new ImportFieldError("assertions", parsed.error.issues.map((issue) => issueSentence("assertion", issue)).join("; "));
  return parsed.data;
}

function messagesOf(field: string, value: unknown): ChatMessage[] {
  const parsed = messagesSchema.safeParse(jsonOf(field, value));
  if (!parsed.success) throw new ImportFieldError(field, parsed.error.issues.map((issue) => issueSentence("message", issue)).join("; "));
  return parsed.data;
}

function variablesOf(field: string, value: unknown): Record<string, unknown> {
  const object = jsonOf(field, value) ?? {};
  if (typeof object !== "object" || Array.isArray(object)) throw new ImportFieldError(field, "The variables must be a JSON object, like {\"city\": \"Paris\"}.");
  return object as Record<string, unknown>;
}

/** A CSV row (as an object by header) or a JSON line, read through the mapping. */
export function caseFromObject(object: Record<string, unknown>, mapping?: ColumnMapping): CaseInput {
  const testCase: CaseInput = { variables: {}, tags: [], assertions: [] };
  for (const [key, value] of Object.entries(object)) {
    switch (roleOf(mapping, key)) {
      case "variable":
        testCase.variables[key] = value;
        break;
      case "variables":
        Object.assign(testCase.variables, variablesOf(key, value));
        break;
      case "messages":
        if (value !== "" && value !== null && value !== undefined) testCase.messages = messagesOf(key, value);
        break;
      case "expected":
        if (value !== "" && value !== null && value !== undefined) testCase.expectedOutput = typeof value === "string" ? value : JSON.stringify(value);
        break;
      case "tags":
        testCase.tags.push(...tagsOf(value));
        break;
      case "assertions":
        testCase.assertions = assertionsOf(value);
        break;
      case "ignore":
        break;
    }
  }
  return testCase;
}

/** {"messages": [...]} with the logged answer either as a final assistant message or as an
 * OpenAI response under "response": the answer becomes the expected output. */
export function caseFromLog(object: Record<string, unknown>): CaseInput {
  const messages = messagesOf("messages", object.messages);
  let expected: string | undefined;
  const response = object.response as { choices?: { message?: { content?: unknown } }[] } | undefined;
  if (typeof response?.choices?.[0]?.message?.content === "string") expected = response.choices[0].message.content;
  else if (messages.at(-1)?.role === "assistant") expected = messages.pop()!.content;
  if (!messages.some((message) => message.role === "user")) throw new ImportFieldError("messages", "A logged conversation needs a user message.");
  return { variables: {}, messages, expectedOutput: expected, tags: tagsOf(object.tags), assertions: [] };
}

/** PostgreSQL stores neither NUL characters nor half a surrogate pair, and JSON nested past
 * MAX_JSON_DEPTH would overflow the recursive code after us: such a case is a bad line, not a
 * failed insert or a 500. */
export function storable(testCase: CaseInput): CaseInput {
  const found = findUnstorable(testCase);
  if (found) throw new ImportFieldError(found.path.split(".")[0], `${found.path} ${found.message}.`);
  return testCase;
}
