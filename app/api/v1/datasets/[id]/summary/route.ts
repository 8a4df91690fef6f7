import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { datasetSummarySchema } from "@/lib/datasets/api-schemas";
import { getDatasetSummary } from "@/lib/datasets/case-list";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

/** The dataset without its cases: counts, tags with counts, variable names. */
export const GET = apiRoute({ role: "reviewer", summary: "The dataset without its cases: counts, tags with counts, variable names.", params: idParams, response: datasetSummarySchema }, async ({ params }) => ({
  dataset: await getDatasetSummary(params.id),
}));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
