import type { z } from "zod";

/** A pg-boss queue: its name, the zod schema of its payload (parsed again in the worker, since
 * a payload may have been written by another version), and its handler. */
export interface QueueDefinition<S extends z.ZodType> {
  name: string;
  schema: S;
  /** Cron (UTC) for queues that run on a schedule. */
  schedule?: string;
  handle(payload: z.infer<S>): Promise<void>;
}

export function defineQueue<S extends z.ZodType>(definition: QueueDefinition<S>): QueueDefinition<S> {
  return definition;
}
