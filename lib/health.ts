import "server-only";
import { z } from "zod";
import { db } from "./db/client";
import { version } from "./version";

/** Flat, as probes (load balancers, `juxta start`) expect: not wrapped like the resources. */
export const healthSchema = z.object({ status: z.enum(["ok", "unavailable"]), db: z.enum(["up", "down"]), version: z.string() });
export type Health = z.output<typeof healthSchema>;

export async function checkHealth(): Promise<Health> {
  try {
    await db().$queryRaw`SELECT 1`;
    return { status: "ok", db: "up", version };
  } catch {
    return { status: "unavailable", db: "down", version };
  }
}
