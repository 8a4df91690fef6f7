import "server-only";
import { constraintViolationOf } from "./constraint-violation";

/** A database that cannot be started or shared here, said so a person can act on it (the CLI
 * prints it as one line, like an AppError). Defined here, not as an AppError: lib/db sits below
 * lib/api and knows nothing of HTTP statuses. */
export class DatabaseSetupError extends Error {
  constructor(
    readonly kind: "config" | "conflict",
    message: string,
  ) {
    super(message);
    this.name = "DatabaseSetupError";
  }
}

/** True when a write (a Prisma query or a raw statement) broke a unique key: for a caller that has
 * more to say than the 409 every such error gets anyway (lib/api/problem.ts), or another way out. */
export function isUniqueViolation(error: unknown): boolean {
  return constraintViolationOf(error)?.kind === "unique";
}
