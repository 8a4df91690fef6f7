import { apiRoute } from "@/lib/api/route";
import { createdDatasetSchema, datasetListSchema } from "@/lib/datasets/api-schemas";
import { createDataset, createDatasetSchema, listDatasets } from "@/lib/datasets/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", summary: "List the datasets (not archived), by name, with their case counts.", response: datasetListSchema }, async () => ({ datasets: await listDatasets() }));

export const POST = apiRoute({ role: "editor", summary: "Create an empty dataset.", body: createDatasetSchema, response: createdDatasetSchema, status: 201 }, async ({ body }) => ({ dataset: await createDataset(body) }));

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
