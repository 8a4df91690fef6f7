// The shape of a run's item outcomes (GET /runs/{id}/outcomes), shared by the server
// that builds them (outcomes.ts) and the CLI that checks what it received (--junit).
import { z } from "zod";

export const itemOutcomeSchema = z.object({
  id: z.string(),
  casePosition: z.number().nullable(),
  caseLabel: z.string(),
  variant: z.string(),
  repetition: z.number(),
  concurrency: z.number().nullable(),
  status: z.enum(["pending", "running", "done", "error", "cancelled"]),
  passed: z.boolean().nullable(),
  totalMs: z.number().nullable(),
  errorKind: z.string().nullable(),
  errorMessage: z.string().nullable(),
  assertions: z.array(z.object({ type: z.string(), passed: z.boolean(), reason: z.string().nullable() })),
});

export const runOutcomesSchema = z.object({ run: z.object({ id: z.string(), name: z.string(), kind: z.string(), status: z.string() }), items: z.array(itemOutcomeSchema) });
export type RunOutcomes = z.infer<typeof runOutcomesSchema>;
