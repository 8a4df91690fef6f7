import { apiRoute } from "@/lib/api/route";
import { createDataset, createDatasetSchema, listDatasets } from "@/lib/datasets/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer" }, async () => ({ datasets: await listDatasets() }));

export const POST = apiRoute({ role: "editor", body: createDatasetSchema }, async ({ body }) => Response.json({ dataset: await createDataset(body) }, { status: 201 }));

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
