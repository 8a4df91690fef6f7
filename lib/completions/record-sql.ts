// The completion record as SQL, for writes of many rows in one statement (run items):
// `unnest(<one array per column>) AS name(<columns>)`, columns and types from recordColumns.
import "server-only";
import { Prisma } from "../db/generated/client";
import { recordColumns, type CompletionRecord } from "./result-fields";

const names = Object.keys(recordColumns) as Array<keyof CompletionRecord>;

/** The record's columns as a quoted list, e.g. for INSERT INTO "Completion" (…), prefixed by `alias.` if given. */
export function recordColumnList(alias?: string): Prisma.Sql {
  return Prisma.raw(names.map((name) => `${alias ? `${alias}.` : ""}"${name}"`).join(", "));
}

/** One typed array per column, in recordColumnList's order, to pass to unnest(…). */
export function recordArrays(records: CompletionRecord[]): Prisma.Sql[] {
  return names.map((name) => Prisma.sql`${records.map((record) => record[name])}::${Prisma.raw(recordColumns[name])}[]`);
}
