import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { makeNoisyCopy, noisyCopySchema } from "@/lib/datasets/noisy/make-noisy-copy";

/** A noisy copy of the dataset ({kinds, seed, name?}): clean copies of its cases plus one
 * perturbed case per kind, linked to its clean case. The same seed makes the same copy. */
export const POST = apiRoute({ role: "editor", params: idParams, body: noisyCopySchema }, async ({ params, body }) =>
  Response.json({ dataset: await makeNoisyCopy(params.id, body) }, { status: 201 }),
);

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
