// CSV records through csv-parse (RFC 4180: quoted commas, doubled quotes, quoted line breaks,
// CRLF/LF/CR, a BOM), fed in slices so a 20 MB file is never held as one array of rows. Each
// record comes with the line it starts on, counted here from the records themselves: csv-parse's
// own line count drifts on CRLF inside quotes, and a problem must name the line a spreadsheet shows.
import { parse, CsvError } from "csv-parse";
import { Readable } from "node:stream";

export const csvDelimiters = [",", ";", "\t"] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

export interface CsvRecord {
  cells: string[];
  /** The 1-based line the record starts on. */
  line: number;
}

const SLICE = 64 * 1024;

/** The delimiter of the header line: whichever of comma, semicolon and tab it holds most of
 * (spreadsheets in many locales save ";", and TSV files are common); a comma on a tie. */
export function detectDelimiter(text: string): CsvDelimiter {
  const end = text.search(/[\r\n]/);
  const header = end < 0 ? text : text.slice(0, end);
  let best: CsvDelimiter = ",";
  let most = 0;
  for (const delimiter of csvDelimiters) {
    const count = header.split(delimiter).length - 1;
    if (count > most) [best, most] = [delimiter, count];
  }
  return best;
}

/** Slices that never cut a surrogate pair in two (each slice is encoded to UTF-8 on its own). */
function* slices(text: string): Generator<string> {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + SLICE, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    yield text.slice(start, end);
    start = end;
  }
}

const lineBreaks = (cell: string) => cell.match(/\r\n|\r|\n/g)?.length ?? 0;

/** Yields every record that has a non-empty cell (blank lines and lines of bare delimiters are
 * skipped). A quote left open throws, naming the line it opens on. */
export async function* csvRecords(text: string, delimiter: CsvDelimiter = detectDelimiter(text)): AsyncGenerator<CsvRecord> {
  const parser = Readable.from(slices(text)).pipe(
    parse({ bom: true, delimiter, record_delimiter: ["\r\n", "\n", "\r"], relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true }),
  );
  // Lines taken by the records so far; csv-parse counts the skipped empty lines.
  let consumed = 0;
  let emptyLines = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { empty_lines: number } }>) {
      emptyLines = info.empty_lines;
      const line = 1 + consumed + emptyLines;
      consumed += 1 + record.reduce((sum, cell) => sum + lineBreaks(cell), 0);
      if (record.some((cell) => cell !== "")) yield { cells: record, line };
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // Records parsed in the same slice as the error never reach us, so our count may lag: csv-parse's
    // own (exact unless quoted CRLFs came before) is the better of the two then.
    const line = Math.max(1 + consumed + emptyLines, (error as CsvError & { lines?: number }).lines ?? 0);
    if (error.code === "CSV_QUOTE_NOT_CLOSED") throw new Error(`The CSV ends inside a quoted field that opens on line ${line} (a closing " is missing).`);
    throw new Error(`The CSV cannot be read from line ${line}: ${error.message}`);
  }
}

/** The whole file as rows; for small inputs and tests. */
export async function parseCsv(text: string, delimiter?: CsvDelimiter): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const record of csvRecords(text, delimiter)) rows.push(record.cells);
  return rows;
}
