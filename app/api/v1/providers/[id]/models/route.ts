import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { importModels, importModelsSchema, listModels } from "@/lib/providers/models";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", params: idParams }, async ({ params }) => ({ models: await listModels({ providerId: params.id }) }));

/** Adds models the provider listed to the catalog. */
export const POST = apiRoute({ role: "editor", params: idParams, body: importModelsSchema }, async ({ params, body }) => ({
  models: await importModels(params.id, body.modelIds),
}));

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
