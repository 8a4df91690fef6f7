import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { datasetWeightsSchema } from "@/lib/decide/api-schemas";
import { getDatasetWeights, saveDatasetWeights, weightsSchema } from "@/lib/decide/scorecard-weights";

/** The scorecard weights saved for the dataset (the defaults until someone saves). */
export const GET = apiRoute({ role: "reviewer", summary: "The scorecard weights saved for the dataset (the defaults until someone saves).", params: idParams, response: datasetWeightsSchema }, async ({ params }) => ({
  weights: await getDatasetWeights(params.id),
}));

/** Saves them for every scorecard of the dataset's runs; editors only. */
export const PUT = apiRoute({ role: "editor", summary: "Save scorecard weights for every scorecard of the dataset's runs.", params: idParams, body: weightsSchema, response: datasetWeightsSchema }, async ({ params, body }) => ({
  weights: await saveDatasetWeights(params.id, body),
}));

export const { POST, PATCH, DELETE } = methodNotAllowed("GET", "PUT");
