import { describe, expect, it } from "vitest";
import { csvRecords, detectDelimiter, parseCsv } from "./csv-records";

const records = async (text: string) => {
  const found = [];
  for await (const record of csvRecords(text)) found.push(record);
  return found;
};

describe("CSV records (csv-parse)", () => {
  it("handles quotes, commas, doubled quotes, quoted line breaks, CRLF and a BOM", async () => {
    expect(await parseCsv('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\r\n\r\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"\nthere'],
    ]);
    await expect(parseCsv('a\n"open')).rejects.toThrow("closing");
  });

  it("keeps empty cells and lone CR line ends, takes stray quotes in unquoted text as text, and skips rows of bare delimiters", async () => {
    expect(await parseCsv("a,,b,\rc,d")).toEqual([["a", "", "b", ""], ["c", "d"]]);
    expect(await parseCsv('q,a\nHe said "hi",z"q"\n,\n')).toEqual([["q", "a"], ['He said "hi"', 'z"q"']]);
    expect(await parseCsv("")).toEqual([]);
  });

  it("numbers records by the line they start on, past quoted line breaks (LF or CRLF) and blank lines", async () => {
    expect((await records('q,a\n"two\nlines",1\n\nnext,2\r\nlast,3')).map((record) => record.line)).toEqual([1, 2, 5, 6]);
    expect((await records('q,a\r\n"two\r\nlines",1\r\n\r\nnext,2\r\nlast,3')).map((record) => record.line)).toEqual([1, 2, 5, 6]);
    await expect(records('q\n"a\nb"\n"open\n')).rejects.toThrow("opens on line 4");
  });

  it("reads semicolon and tab delimited files, found from the header or given", async () => {
    expect(detectDelimiter("question;expected;tags\nx,y;1;a")).toBe(";");
    expect(detectDelimiter("question\texpected\nx,y\t1")).toBe("\t");
    expect(detectDelimiter("question,expected")).toBe(",");
    expect(detectDelimiter("question")).toBe(",");
    expect(await parseCsv('q;a\n"x;y";1,5\n')).toEqual([["q", "a"], ["x;y", "1,5"]]);
    expect(await parseCsv("q\ta\nx, y\t1\n")).toEqual([["q", "a"], ["x, y", "1"]]);
    expect(await parseCsv("q;a\nx;1\n", ",")).toEqual([["q;a"], ["x;1"]]);
  });

  it("keeps characters that straddle the slices it is fed in whole", async () => {
    const long = `${"x".repeat(64 * 1024 - 6)}😀é`;
    expect(await parseCsv(`q\n${long}\n`)).toEqual([["q"], [long]]);
  });
});
