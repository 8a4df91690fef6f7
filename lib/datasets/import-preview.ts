// What an import would do, before it does it: the columns found, the mapping in effect, the first
// rows as they are in the file and as the cases they become, and every problem — so the import
// dialog can show a person the mapping and the errors up front.
import { z } from "zod";
import { csvRecords, detectDelimiter } from "./csv-records";
import type { CaseInput } from "./import-case";
import { effectiveMapping, type ColumnMapping } from "./import-mapping";
import { importEntries, importSourceSchema, problemSentence, type ImportProblem, type ImportSource } from "./import";

export const previewSchema = importSourceSchema.strict();

const ROWS_SHOWN = 5;
const PROBLEMS_SHOWN = 20;
/** JSONL keys are gathered from this many lines: enough to see optional keys. */
const KEY_LINES = 50;

export interface ImportPreview {
  delimiter: string | null;
  columns: string[];
  mapping: ColumnMapping;
  /** The first rows as in the file: a cell per column. */
  rows: string[][];
  /** The same rows as the cases they become (bad rows left out). */
  cases: CaseInput[];
  total: number;
  problemCount: number;
  problems: (ImportProblem & { sentence: string })[];
}

const cellText = (value: unknown) => (value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value));

async function sampleRows(source: ImportSource): Promise<{ columns: string[]; rows: string[][] }> {
  if (source.format === "csv") {
    const records: string[][] = [];
    for await (const { cells } of csvRecords(source.content, source.delimiter)) {
      records.push(cells);
      if (records.length > ROWS_SHOWN) break;
    }
    return { columns: (records[0] ?? []).map((name) => name.trim()), rows: records.slice(1) };
  }
  const objects: Record<string, unknown>[] = [];
  for (const line of source.content.split("\n", KEY_LINES * 2)) {
    if (objects.length >= KEY_LINES) break;
    try {
      const value = JSON.parse(line) as unknown;
      if (value && typeof value === "object" && !Array.isArray(value)) objects.push(value as Record<string, unknown>);
    } catch {
      // Bad lines are reported by the full check below.
    }
  }
  // Chat logs have no mapping: their shape is fixed.
  const columns = source.format === "jsonl" ? [...new Set(objects.flatMap((object) => Object.keys(object)))] : ["messages"];
  return { columns, rows: objects.slice(0, ROWS_SHOWN).map((object) => columns.map((column) => cellText(object[column]))) };
}

export async function previewImport(input: z.input<typeof previewSchema>): Promise<ImportPreview> {
  const parsed = previewSchema.parse(input);
  const source: ImportSource = parsed.format === "csv" ? { ...parsed, delimiter: parsed.delimiter ?? detectDelimiter(parsed.content) } : parsed;
  const { columns, rows } = await sampleRows(source);
  const cases: CaseInput[] = [];
  const problems: ImportPreview["problems"] = [];
  let total = 0;
  let problemCount = 0;
  for await (const entry of importEntries(source)) {
    if ("case" in entry) {
      total += 1;
      if (cases.length < ROWS_SHOWN) cases.push(entry.case);
    } else if (++problemCount <= PROBLEMS_SHOWN) problems.push({ ...entry, sentence: problemSentence(entry) });
  }
  return { delimiter: source.format === "csv" ? (source.delimiter ?? null) : null, columns, mapping: source.format === "openai_logs" ? {} : effectiveMapping(columns, source.mapping), rows, cases, total, problemCount, problems };
}
