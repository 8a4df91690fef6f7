import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { archiveVariant, getVariant, updateVariant, updateVariantSchema } from "@/lib/variants/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", params: idParams }, async ({ params }) => ({ variant: await getVariant(params.id) }));

export const PATCH = apiRoute({ role: "editor", params: idParams, body: updateVariantSchema }, async ({ params, body, user }) => ({
  variant: await updateVariant(params.id, body, user.id),
}));

/** Archives: completions made with the variant keep it. */
export const DELETE = apiRoute({ role: "editor", params: idParams }, async ({ params }) => {
  await archiveVariant(params.id);
  return null;
});

export const { POST, PUT } = methodNotAllowed("GET", "PATCH", "DELETE");
