// One error type for the whole app. Services throw AppError with a kind a caller can branch on
// and a detail a person can act on; routes turn it into RFC 9457 problem details.
export type ErrorKindName =
  | "validation"
  | "bad_json"
  | "too_large"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "rate_limited"
  | "config"
  | "unavailable"
  | "internal";

export class AppError extends Error {
  constructor(
    readonly kind: ErrorKindName,
    readonly httpStatus: number,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
    /** Sent with the problem document, e.g. a 429's Retry-After. */
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = "AppError";
  }
}

export const notFound = (what: string) => new AppError("not_found", 404, `${what} was not found.`);
export const forbidden = (detail = "Your role does not allow this.") => new AppError("forbidden", 403, detail);
export const conflict = (detail: string) => new AppError("conflict", 409, detail);
