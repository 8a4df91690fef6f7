// How the worker serves one queue of lib/jobs/queues.ts: the job it takes, how many at once, and
// its handler, which gets the payload parsed again by the queue's own schema.
import type { z } from "zod";
import type { Job } from "../jobs/queues";

export interface JobContext {
  /** Aborted when the worker shuts down: long handlers stop and leave their work resumable. */
  signal: AbortSignal;
}

export interface HandlerDefinition<S extends z.ZodType> {
  /** Jobs of this queue one worker handles at once (each slot is its own pg-boss poller). */
  slots?: number;
  pollingIntervalSeconds?: number;
  handle(payload: z.infer<S>, context: JobContext): Promise<void>;
}

/** A queue as the worker sees it: any payload in, parsed by the queue's own schema. */
export interface Handler {
  name: string;
  schedule?: string;
  runAtStart?: boolean;
  slots?: number;
  pollingIntervalSeconds?: number;
  run(payload: unknown, context: JobContext): Promise<void>;
}

export function handle<S extends z.ZodType>(job: Job<S>, definition: HandlerDefinition<S>): Handler {
  const { handle: handler, ...rest } = definition;
  // Parsed again here: the payload may have been written by another version of Juxta.
  return { name: job.name, schedule: job.schedule, runAtStart: job.runAtStart, ...rest, run: (payload, context) => handler(job.schema.parse(payload ?? {}), context) };
}
