import { apiRoute } from "@/lib/api/route";
import { createDataset, createDatasetSchema, listDatasets } from "@/lib/datasets/service";

export const GET = apiRoute({ role: "reviewer" }, async () => ({ datasets: await listDatasets() }));

export const POST = apiRoute({ role: "editor", body: createDatasetSchema }, async ({ body }) => Response.json({ dataset: await createDataset(body) }, { status: 201 }));
