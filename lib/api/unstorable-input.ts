// Input PostgreSQL cannot store or we cannot safely walk: a NUL character (text and jsonb reject
// \u0000, which used to surface as a 500) and JSON nested so deep that recursive code (zod,
// Prisma, JSON.stringify) overflows the stack. Checked right after JSON.parse, before anything
// recursive touches the value — so this walk is iterative, with its own stack.
import { problemResponse } from "./problem";

export const MAX_JSON_DEPTH = 64;

type Where = "body" | "query" | "params";

interface Finding {
  path: string;
  message: string;
}

const NUL = "\u0000";

function pathOf(segments: (string | number)[]) {
  return segments.length ? segments.map((segment) => String(segment).replaceAll(NUL, "\\u0000")).join(".") : "(root)";
}

/** The first place in `value` that cannot be stored, or null. Keys are checked too. */
export function findUnstorable(value: unknown): Finding | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === "string") {
      if (current.includes(NUL)) return { path: pathOf(path), message: "contains a NUL character (\\u0000), which cannot be stored" };
      // "\ud800" is valid JSON, but half a surrogate pair has no UTF-8 form: jsonb refuses it.
      if (!current.isWellFormed()) return { path: pathOf(path), message: "contains half of a UTF-16 surrogate pair (e.g. \\ud800 alone), which cannot be stored" };
      continue;
    }
    if (current === null || typeof current !== "object") continue;
    if (path.length >= MAX_JSON_DEPTH) return { path: pathOf(path.slice(0, 8)) + (path.length > 8 ? ".…" : ""), message: `is nested deeper than ${MAX_JSON_DEPTH} levels` };
    const entries: [string | number, unknown][] = Array.isArray(current) ? current.map((item, index) => [index, item]) : Object.entries(current);
    for (let index = entries.length - 1; index >= 0; index--) {
      const [key, child] = entries[index]!;
      if (typeof key === "string" && key.includes(NUL)) return { path: pathOf([...path, key]), message: "has a key with a NUL character (\\u0000), which cannot be stored" };
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return null;
}

/** A 400 problem naming the field, or null when the input is fine. */
export function unstorableInputProblem(value: unknown, where: Where, instance?: string): Response | null {
  const finding = findUnstorable(value);
  if (!finding) return null;
  return problemResponse({
    type: "urn:juxta:problem:validation",
    status: 400,
    detail: `Invalid ${where}: ${finding.path === "(root)" ? "" : `${finding.path}: `}${finding.message}.`,
    errors: [finding],
    instance,
  });
}
