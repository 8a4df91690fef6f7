import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { datasetDetailSchema } from "@/lib/datasets/api-schemas";
import { getDataset } from "@/lib/datasets/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", summary: "A dataset with every test case, in position order.", params: idParams, response: datasetDetailSchema }, async ({ params }) => ({ dataset: await getDataset(params.id) }));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
