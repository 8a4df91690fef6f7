import { Prisma } from "./generated/client";

/** True when a write broke a unique key: the caller turns it into a 409 the user understands. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
