import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { getDataset } from "@/lib/datasets/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", params: idParams }, async ({ params }) => ({ dataset: await getDataset(params.id) }));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
