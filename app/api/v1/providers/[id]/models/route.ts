import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { modelListSchema } from "@/lib/providers/api-schemas";
import { importModels, importModelsSchema, listModels } from "@/lib/providers/models";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", summary: "The provider's models in the catalog, with prices.", params: idParams, response: modelListSchema }, async ({ params }) => ({
  models: await listModels({ providerId: params.id }),
}));

/** Adds models the provider listed to the catalog. */
export const POST = apiRoute(
  { role: "editor", summary: "Add models the provider lists to the catalog (catalog prices where known, else 0); answers the provider's models.", params: idParams, body: importModelsSchema, response: modelListSchema },
  async ({ params, body }) => ({ models: await importModels(params.id, body.modelIds) }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
