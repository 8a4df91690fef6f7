// Per-field reasons for a form: from a client-side parse of the API's own zod schema (before
// sending) or from the problem document the API answered (RFC 9457 `errors`), keyed by field.
import type { z } from "zod";
import { ApiError } from "@/lib/api/http-client";

export type FieldErrors = Record<string, string>;

/** The first reason per field, under its whole path ("settings.maxConcurrency") and its first
 * segment ("stop.1" also counts as "stop"). */
function byField(issues: { path: string; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    errors[issue.path || "(root)"] ??= issue.message;
    errors[issue.path.split(".")[0] || "(root)"] ??= issue.message;
  }
  return errors;
}

export const zodFieldErrors = (error: z.ZodError): FieldErrors => byField(error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })));

export function problemFieldErrors(error: unknown): FieldErrors {
  return error instanceof ApiError && error.problem.errors ? byField(error.problem.errors) : {};
}
