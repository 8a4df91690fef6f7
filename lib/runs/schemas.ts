// What starting a run takes. Shared by the REST route, the CLI and the /runs/new form. Prompts,
// datasets and variants may be named (the CLI's way) or given by id (the UI's way).
import { z } from "zod";
import { assertionsSchema } from "../assertions/schema";

const reference = z.string().trim().min(1).max(200);

export const rateLimitSchema = z
  .object({
    maxConcurrency: z.number().int().min(1).max(1_000).optional(),
    requestsPerMinute: z.number().int().min(1).max(1_000_000).optional(),
  })
  .strict();

const common = {
  name: z.string().trim().max(200).default(""),
  /** "name", "name@3" (a version), a prompt id (its latest version) or a version id. */
  prompt: reference,
  concurrency: z.number().int().min(1, "Concurrency is at least 1.").max(256).default(4),
  /** Keyed by provider id or name. */
  rateLimits: z.record(z.string(), rateLimitSchema).default({}),
  assertions: assertionsSchema.default([]),
  budgetUsd: z.number().positive("A budget is more than $0.").max(1_000_000).optional(),
};

export const replayRunSchema = z
  .object({
    kind: z.literal("replay"),
    ...common,
    dataset: reference,
    variants: z.array(reference).min(1, "Pick at least one variant.").max(8, "At most 8 variants per run."),
    repetitions: z.number().int().min(1).max(100).default(1),
    baselineRunId: z.uuid("The baseline is a run id.").optional(),
  })
  .strict();

export const loadRunSchema = z
  .object({
    kind: z.literal("load"),
    ...common,
    variants: z.array(reference).length(1, "A load run measures one variant."),
    /** Values for the prompt's {{variables}}: the one request shape every call sends. */
    variables: z.record(z.string(), z.unknown()).default({}),
    requests: z.number().int().min(1, "At least one request.").max(100_000),
    /** A sweep: the same number of requests at each level, lowest level first. */
    concurrencyLevels: z.array(z.number().int().min(1).max(256)).min(1).max(12).optional(),
  })
  .strict();

export const createRunSchema = z.discriminatedUnion("kind", [replayRunSchema, loadRunSchema]);
export type CreateRunInput = z.input<typeof createRunSchema>;

export const itemsQuerySchema = z
  .object({
    offset: z.coerce.number().int().min(0).default(0),
    /** Keyset paging: items after this planned position (an item's `sequence`), which costs the
     * same deep in a million-item run as at its start; `offset` then counts from there. */
    after: z.coerce.number().int().min(-1).optional(),
    limit: z.coerce.number().int().min(1).max(1_000).default(200),
    variantId: z.uuid().optional(),
    status: z.enum(["pending", "running", "done", "error", "cancelled"]).optional(),
  })
  .strict();

export const listRunsSchema = z
  .object({
    q: z.string().trim().max(200).optional(),
    status: z.enum(["queued", "running", "done", "cancelled", "failed"]).optional(),
    kind: z.enum(["replay", "load"]).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
