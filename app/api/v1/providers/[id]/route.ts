import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { archiveProvider, getProvider, updateProvider, updateProviderSchema } from "@/lib/providers/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", params: idParams }, async ({ params }) => ({ provider: await getProvider(params.id) }));

export const PATCH = apiRoute({ role: "editor", params: idParams, body: updateProviderSchema }, async ({ params, body }) => ({
  provider: await updateProvider(params.id, body),
}));

export const DELETE = apiRoute({ role: "editor", params: idParams }, async ({ params }) => {
  await archiveProvider(params.id);
  return null;
});

export const { POST, PUT } = methodNotAllowed("GET", "PATCH", "DELETE");
