// POST /runs/{id}/routing and `juxta routing`: a policy given in full or by a saved version,
// projected over a finished replay's stored answers. No provider is called.
import { z } from "zod";
import { loadRunMatrix } from "./matrix";
import { policyVersion } from "./policies";
import { policyDefinitionSchema } from "./policy";
import { projectWhatIf, type RoutingProjection } from "./what-if";

export const routingRequestSchema = z
  .object({
    policy: policyDefinitionSchema.optional(),
    policyId: z.uuid({ error: "policyId is a routing policy's id." }).optional(),
    version: z.number().int().min(1).optional(),
    seed: z.number().int().min(0).max(2 ** 31).optional(),
  })
  .strict()
  .refine((body) => (body.policy === undefined) !== (body.policyId === undefined), { message: "Give either a policy or a policyId.", path: ["policy"] })
  .refine((body) => body.version === undefined || body.policyId !== undefined, { message: "version goes with policyId.", path: ["version"] });

export type RoutingRequest = z.infer<typeof routingRequestSchema>;

export interface RunRoutingProjection extends RoutingProjection {
  runId: string;
  /** The saved policy and version projected, when it was one. */
  saved: { policyId: string; name: string; version: number } | null;
}

export async function runRoutingWhatIf(runId: string, request: RoutingRequest): Promise<RunRoutingProjection> {
  const saved = request.policyId ? await policyVersion(request.policyId, request.version) : null;
  const definition = saved?.definition ?? request.policy!;
  const matrix = await loadRunMatrix(runId);
  return { runId, saved: saved && { policyId: saved.policyId, name: saved.name, version: saved.version }, ...projectWhatIf(definition, matrix, { seed: request.seed }) };
}
