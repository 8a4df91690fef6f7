// What creating a watch takes. Shared by the REST route, the CLI and the /watches form. Prompt,
// dataset and variants may be named or given by id, as for runs (lib/runs/schemas.ts).
import { z } from "zod";
import { assertionsSchema } from "../assertions/schema";

const reference = z.string().trim().min(1).max(200);

export const webhookInputSchema = z
  .object({
    url: z.url({ error: "A webhook is an http(s) URL." }).max(2_000),
    /** The HMAC-SHA256 key the receiver checks X-Juxta-Signature with; generated when left out. */
    secret: z.string().min(16, "A webhook secret has at least 16 characters.").max(200).optional(),
  })
  .strict();

export const createWatchSchema = z
  .object({
    name: z.string().trim().min(1, "Give the watch a name.").max(200),
    /** "name", "name@3", a prompt id or a version id: the version is pinned when the watch is made. */
    prompt: reference,
    dataset: reference,
    variants: z.array(reference).min(1, "Pick at least one variant.").max(8, "At most 8 variants per watch."),
    assertions: assertionsSchema.default([]),
    repetitions: z.number().int().min(1).max(20).default(1),
    concurrency: z.number().int().min(1).max(64).default(4),
    cron: z.string().trim().min(1, "Give a cron schedule, e.g. 0 6 * * *.").max(100),
    timeZone: z.string().trim().min(1).max(100).default("UTC"),
    /** Compare with this run; without it the watch's first run becomes the baseline. */
    baselineRunId: z.uuid("The baseline is a run id.").optional(),
    budgetUsd: z.number().positive("A budget is more than $0.").max(1_000_000).optional(),
    webhooks: z.array(webhookInputSchema).max(5, "At most 5 webhooks per watch.").default([]),
  })
  .strict();
export type CreateWatchInput = z.input<typeof createWatchSchema>;

export const updateWatchSchema = z.object({ paused: z.boolean() }).strict();

/** Stored in Watch.webhooks. */
export const storedWebhookSchema = z.object({ id: z.string(), url: z.string(), secretEncrypted: z.string(), secretDisplay: z.string() });
export type StoredWebhook = z.infer<typeof storedWebhookSchema>;
