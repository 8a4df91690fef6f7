import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { oneProviderSchema } from "@/lib/providers/api-schemas";
import { archiveProvider, getProvider, updateProvider, updateProviderSchema } from "@/lib/providers/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", summary: "A provider, its key shown only masked.", params: idParams, response: oneProviderSchema }, async ({ params }) => ({
  provider: await getProvider(params.id),
}));

export const PATCH = apiRoute(
  { role: "editor", summary: "Change a provider's name, endpoint, key or settings; a new endpoint without a new key drops the old key.", params: idParams, body: updateProviderSchema, response: oneProviderSchema },
  async ({ params, body }) => ({ provider: await updateProvider(params.id, body) }),
);

export const DELETE = apiRoute({ role: "editor", summary: "Archive a provider: answers and variants keep pointing at its models.", params: idParams, response: null }, async ({ params }) => {
  await archiveProvider(params.id);
  return null;
});

export const { POST, PUT } = methodNotAllowed("GET", "PATCH", "DELETE");
