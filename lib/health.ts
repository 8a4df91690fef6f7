import "server-only";
import { db } from "./db/client";
import { version } from "./version";

export interface Health {
  status: "ok" | "unavailable";
  db: "up" | "down";
  version: string;
}

export async function checkHealth(): Promise<Health> {
  try {
    await db().$queryRaw`SELECT 1`;
    return { status: "ok", db: "up", version };
  } catch {
    return { status: "unavailable", db: "down", version };
  }
}
