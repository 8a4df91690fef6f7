// Turning files into test cases: CSV or TSV (a column per variable, plus expected/tags/assertions,
// or whatever the column mapping says), JSONL (one case per line), and logs of real traffic in
// OpenAI chat format. Every line is checked first; one bad line rejects the import with its line
// number, so nothing half-lands.
import { z } from "zod";
import { caseFromLog, caseFromObject, ImportFieldError, storable, type CaseInput } from "./import-case";
import { columnRoles, roleLabel, type ColumnMapping, type ColumnRole } from "./import-mapping";
import { csvDelimiters, csvRecords, type CsvDelimiter } from "./csv-records";

export type { CaseInput } from "./import-case";

export const importFormats = ["csv", "jsonl", "openai_logs"] as const;

/** Roles a file may give to one column only: two "expected" columns would silently drop one. */
const SINGLE: ColumnRole[] = ["variables", "messages", "expected", "assertions"];

export const columnMappingSchema = z
  .record(z.string().max(200), z.enum(columnRoles))
  .refine((mapping) => Object.keys(mapping).length <= 500, "Map at most 500 columns.")
  .superRefine((mapping, context) => {
    for (const role of SINGLE) {
      const columns = Object.keys(mapping).filter((column) => mapping[column] === role);
      if (columns.length > 1) context.addIssue({ code: "custom", message: `Only one column can be ${roleLabel[role]}; ${columns.map((column) => `"${column}"`).join(" and ")} both are.` });
    }
  });

/** How a file is read: shared by the import and its preview. */
export const importSourceSchema = z.object({
  format: z.enum(importFormats),
  content: z.string().min(1, "The file is empty."),
  /** CSV only; found from the header line when left out. */
  delimiter: z.enum(csvDelimiters).optional(),
  /** Column (CSV) or key (JSONL) → role; unmapped ones take their default role. */
  mapping: columnMappingSchema.optional(),
});
export type ImportSource = z.infer<typeof importSourceSchema>;

export interface ImportProblem {
  line: number;
  /** The column or key at fault, when there is one. */
  field?: string;
  message: string;
}

export type ImportEntry = { line: number; case: CaseInput } | ({ line: number } & Omit<ImportProblem, "line">);

/** "Line 4, assertions: assertion 1 — That is not a valid regular expression." */
export function problemSentence(problem: ImportProblem): string {
  const where = problem.line > 0 ? `Line ${problem.line}${problem.field ? `, ${problem.field}` : ""}: ` : problem.field ? `${problem.field}: ` : "";
  const sentence = `${where}${problem.message}`;
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

function problemOf(line: number, error: unknown): ImportEntry {
  if (error instanceof ImportFieldError) return { line, field: error.field, message: error.message };
  if (error instanceof SyntaxError) return { line, message: `This is not valid JSON (${error.message}).` };
  return { line, message: (error as Error).message };
}

/** Every case or problem in the file, one at a time, so big files stay in bounded memory. */
export async function* importEntries(source: ImportSource): AsyncGenerator<ImportEntry> {
  if (source.format === "csv") yield* csvEntries(source.content, source.delimiter, source.mapping);
  else yield* jsonLineEntries(source.format, source.content, source.mapping);
}

const cellCount = (count: number) => `${count} ${count === 1 ? "cell" : "cells"}`;

/** Lines holding half a surrogate pair. csv-parse reads UTF-8, where such a half becomes U+FFFD:
 * the record would look fine, so they are found in the text before it is parsed. */
function brokenUnicodeLines(content: string): Set<number> {
  const lines = new Set<number>();
  if (content.isWellFormed()) return lines;
  let line = 1;
  for (const match of content.matchAll(/\n|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g)) {
    if (match[0] === "\n") line += 1;
    else lines.add(line);
  }
  return lines;
}

async function* csvEntries(content: string, delimiter: CsvDelimiter | undefined, mapping: ColumnMapping | undefined): AsyncGenerator<ImportEntry> {
  let header: string[] | undefined;
  const broken = brokenUnicodeLines(content);
  try {
    for await (const { cells, line } of csvRecords(content, delimiter)) {
      if (broken.size > 0) {
        const last = line + cells.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
        if ([...broken].some((bad) => bad >= line && bad <= last)) {
          yield { line, message: "It contains broken Unicode (half of a surrogate pair), which cannot be stored." };
          continue;
        }
      }
      if (!header) {
        header = cells.map((name) => name.trim());
        continue;
      }
      if (cells.length !== header.length) {
        yield { line, message: `The row has ${cellCount(cells.length)}, but the header has ${cellCount(header.length)}.` };
        continue;
      }
      try {
        yield { line, case: storable(caseFromObject(Object.fromEntries(header.map((name, i) => [name, cells[i]])), mapping)) };
      } catch (error) {
        yield problemOf(line, error);
      }
    }
  } catch (error) {
    yield { line: 0, message: (error as Error).message };
    return;
  }
  if (!header) yield { line: 1, message: "The CSV is empty; the first row names the columns." };
}

async function* jsonLineEntries(format: "jsonl" | "openai_logs", content: string, mapping: ColumnMapping | undefined): AsyncGenerator<ImportEntry> {
  for (let start = 0, line = 1; start < content.length; line += 1) {
    const newline = content.indexOf("\n", start);
    const stop = newline < 0 ? content.length : newline;
    const text = content.slice(start, stop);
    start = stop + 1;
    if (text.trim() === "") continue;
    try {
      const object = JSON.parse(text) as unknown;
      if (!object || typeof object !== "object" || Array.isArray(object)) throw new Error("Each line must be a JSON object.");
      yield { line, case: storable(format === "jsonl" ? caseFromObject(object as Record<string, unknown>, mapping) : caseFromLog(object as Record<string, unknown>)) };
    } catch (error) {
      yield problemOf(line, error);
    }
  }
}

/** The whole file at once; for small inputs and tests. */
export async function parseImport(source: ImportSource): Promise<{ cases: CaseInput[]; problems: ImportProblem[] }> {
  const cases: CaseInput[] = [];
  const problems: ImportProblem[] = [];
  for await (const entry of importEntries(source)) {
    if ("case" in entry) cases.push(entry.case);
    else problems.push(entry);
  }
  if (cases.length === 0 && problems.length === 0) problems.push({ line: 0, message: "There are no test cases in the file." });
  return { cases, problems };
}
