import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { getDatasetWeights, saveDatasetWeights, weightsSchema } from "@/lib/decide/scorecard-weights";

/** The scorecard weights saved for the dataset (the defaults until someone saves). */
export const GET = apiRoute({ role: "reviewer", params: idParams }, async ({ params }) => ({ weights: await getDatasetWeights(params.id) }));

/** Saves them for every scorecard of the dataset's runs; editors only. */
export const PUT = apiRoute({ role: "editor", params: idParams, body: weightsSchema }, async ({ params, body }) => ({ weights: await saveDatasetWeights(params.id, body) }));

export const { POST, PATCH, DELETE } = methodNotAllowed("GET", "PUT");
