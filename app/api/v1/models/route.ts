import { apiRoute } from "@/lib/api/route";
import { modelListSchema } from "@/lib/providers/api-schemas";
import { listModels } from "@/lib/providers/models";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", summary: "The model catalog: every model of every provider, with prices.", response: modelListSchema }, async () => ({ models: await listModels() }));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
