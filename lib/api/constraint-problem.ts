// How a write that lost a race is told to the caller: a 409 for a key another write took or a
// reference that changed meanwhile, a 404 for a record deleted meanwhile. The detail names the
// columns (the fields a client knows), never the constraint, the table or the SQL.
import "server-only";
import type { ConstraintViolation } from "../db/constraint-violation";
import { AppError } from "./errors";

/** `promptVersionId` → "prompt version": what a column refers to, as a person says it. */
function thingOf(field: string): string {
  return field.replace(/Id$/, "").replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

const listed = (fields: string[]) => fields.join(", ");

export function violationError(violation: ConstraintViolation): AppError {
  switch (violation.kind) {
    case "unique": {
      const { fields } = violation;
      const detail = fields.length > 0
        ? `Another record with the same ${listed(fields)} already exists (it may have been created at the same moment); change it or reload.`
        : "Another record like this was created at the same moment; reload and try again.";
      return new AppError("conflict", 409, detail, fieldErrors(fields, "is already taken"));
    }
    case "missing_reference": {
      const { fields } = violation;
      const detail = fields.length === 1
        ? `The ${thingOf(fields[0]!)} this refers to (${fields[0]}) was deleted at the same moment; reload and try again.`
        : "Something this refers to was deleted at the same moment; reload and try again.";
      return new AppError("conflict", 409, detail, fieldErrors(fields, "refers to a record that no longer exists"));
    }
    case "still_referenced": {
      const { fields } = violation;
      const detail = `Other records still refer to it${fields.length > 0 ? ` (through ${listed(fields)})` : ""}; remove them first, or reload and try again.`;
      return new AppError("conflict", 409, detail);
    }
    case "record_not_found": {
      const what = violation.model ? `That ${thingOf(violation.model)}` : "That record";
      return new AppError("not_found", 404, `${what} was not found; it may have been deleted at the same moment.`);
    }
  }
}

function fieldErrors(fields: string[], message: string): Record<string, unknown> {
  return fields.length > 0 ? { errors: fields.map((path) => ({ path, message })) } : {};
}
