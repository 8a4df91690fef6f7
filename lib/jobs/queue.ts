import type { z } from "zod";

export interface JobContext {
  /** Aborted when the worker shuts down: long handlers stop and leave their work resumable. */
  signal: AbortSignal;
}

/** A pg-boss queue: its name, the zod schema of its payload (parsed again in the worker, since
 * a payload may have been written by another version), and its handler. */
export interface QueueDefinition<S extends z.ZodType> {
  name: string;
  schema: S;
  /** Cron (UTC) for queues that run on a schedule. */
  schedule?: string;
  /** Also run once whenever a worker starts (sweeps that should not wait for the schedule). */
  runAtStart?: boolean;
  /** Jobs of this queue one worker handles at once (each slot is its own pg-boss poller). */
  slots?: number;
  pollingIntervalSeconds?: number;
  handle(payload: z.infer<S>, context: JobContext): Promise<void>;
}

/** A queue as the worker sees it: any payload in, parsed by the queue's own schema. */
export interface Queue extends Omit<QueueDefinition<z.ZodType>, "handle" | "schema"> {
  run(payload: unknown, context: JobContext): Promise<void>;
}

export function defineQueue<S extends z.ZodType>(definition: QueueDefinition<S>): Queue {
  const { schema, handle, ...rest } = definition;
  // Parsed again here: the payload may have been written by another version of Juxta.
  return { ...rest, run: (payload, context) => handle(schema.parse(payload ?? {}), context) };
}
