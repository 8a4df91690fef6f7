// What a write that lost a race broke, read from Prisma's error: a unique key (two creates at the
// same moment), a foreign key (what it refers to was deleted meanwhile, or a delete that rows
// still refer to) or a record to change that is gone. The same for Prisma's own queries (P2002,
// P2003, P2025) and raw statements (P2010 with PostgreSQL's SQLSTATE). Only the column names are
// kept: constraint and table names stay in the server log (lib/api/problem.ts answers 409/404).
import "server-only";
import { Prisma } from "./generated/client";
import { sqlStateOf } from "./sqlstate";

export type ConstraintViolation =
  /** A unique key refused the write; `fields`: its columns. */
  | { kind: "unique"; fields: string[] }
  /** The row written refers (through `fields`) to a row that is not there. */
  | { kind: "missing_reference"; fields: string[] }
  /** The row deleted or re-keyed is still referred to (by other rows' `fields`). */
  | { kind: "still_referenced"; fields: string[] }
  /** The row to update or delete is not there; `model`: Prisma's model name, when known. */
  | { kind: "record_not_found"; model: string | null };

interface AdapterCause {
  originalMessage?: string;
  table?: string;
  constraint?: { index?: string; fields?: string[] };
}

interface KnownMeta {
  modelName?: string;
  target?: string | string[];
  field_name?: string;
  driverAdapterError?: { cause?: AdapterCause };
}

/** The violation, or null when the error is anything else. */
export function constraintViolationOf(error: unknown): ConstraintViolation | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  const meta = (error.meta ?? {}) as KnownMeta;
  const cause = meta.driverAdapterError?.cause ?? {};
  const model = typeof meta.modelName === "string" ? meta.modelName : null;
  if (error.code === "P2025") return { kind: "record_not_found", model };
  // The adapter's SQLSTATE decides, for Prisma's queries and raw statements alike; P2002 and P2003
  // say as much on their own should a cause ever come without it.
  const sqlState = sqlStateOf(error) ?? (error.code === "P2002" ? "23505" : error.code === "P2003" ? "23503" : null);
  const index = cause.constraint?.index ?? (typeof meta.field_name === "string" ? meta.field_name.replace(/\s*\(index\)$/, "") : undefined);
  if (sqlState === "23505") {
    const fields = cause.constraint?.fields ?? (Array.isArray(meta.target) ? meta.target : undefined) ?? columnsOfIndex(index, "key");
    return { kind: "unique", fields };
  }
  if (sqlState === "23503" || sqlState === "23001") {
    const fields = cause.constraint?.fields ?? columnsOfIndex(index, "fkey");
    // PostgreSQL names the referring table's key; a delete that rows still refer to says so first.
    const referenced = sqlState === "23001" || /^update or delete on table/.test(cause.originalMessage ?? "") || (model !== null && index !== undefined && !index.startsWith(`${model}_`));
    return { kind: referenced ? "still_referenced" : "missing_reference", fields };
  }
  return null;
}

/** The columns in a constraint named the way Prisma's migrations name them: `Table_col1_col2_key`
 * (unique) or `Table_col_fkey` (foreign key). Our tables and columns are camelCase, without `_`. */
function columnsOfIndex(index: string | undefined, suffix: "key" | "fkey"): string[] {
  const match = index?.match(new RegExp(`^[A-Za-z0-9]+_([A-Za-z0-9_]+)_${suffix}$`));
  return match ? match[1]!.split("_") : [];
}
