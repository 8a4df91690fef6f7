// The one Prisma client of a process, created on first use so that the CLI can start the
// embedded database and set DATABASE_URL before anything connects.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseUrl } from "../config/env";
import { PrismaClient } from "./generated/client";

const holder = globalThis as unknown as { juxtaPrisma?: PrismaClient };

export function db(): PrismaClient {
  if (!holder.juxtaPrisma) {
    const connectionString = databaseUrl();
    if (!connectionString) throw new Error("DATABASE_URL is not set: start Juxta with `juxta start`.");
    holder.juxtaPrisma = new PrismaClient({ adapter: new PrismaPg({ connectionString, connectionTimeoutMillis: 5_000 }) });
  }
  return holder.juxtaPrisma;
}

export async function disconnectDb() {
  await holder.juxtaPrisma?.$disconnect();
  holder.juxtaPrisma = undefined;
}

export type { PrismaClient };
