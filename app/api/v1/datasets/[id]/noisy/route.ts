import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { noisyCopyResponseSchema } from "@/lib/datasets/api-schemas";
import { makeNoisyCopy, noisyCopySchema } from "@/lib/datasets/noisy/make-noisy-copy";

/** A noisy copy of the dataset ({kinds, seed, name?}): clean copies of its cases plus one
 * perturbed case per kind, linked to its clean case. The same seed makes the same copy. */
export const POST = apiRoute(
  { role: "editor", summary: "Make a noisy copy of the dataset: its clean cases plus one perturbed case per kind, reproducible from the seed.", params: idParams, body: noisyCopySchema, response: noisyCopyResponseSchema, status: 201 },
  async ({ params, body }) => ({ dataset: await makeNoisyCopy(params.id, body) }),
);

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
