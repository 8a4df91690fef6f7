import "server-only";
import { Prisma } from "./generated/client";

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

/** True when a write broke a unique key: the caller turns it into a 409 the user understands. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
