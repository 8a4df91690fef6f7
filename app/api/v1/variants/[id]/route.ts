import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { oneVariantSchema } from "@/lib/variants/api-schemas";
import { archiveVariant, getVariant, updateVariant, updateVariantSchema } from "@/lib/variants/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", summary: "A variant with its model, provider and newest revision.", params: idParams, response: oneVariantSchema }, async ({ params }) => ({
  variant: await getVariant(params.id),
}));

export const PATCH = apiRoute(
  { role: "editor", summary: "Change a variant: a change of any setting adds its next revision; a rename alone does not.", params: idParams, body: updateVariantSchema, response: oneVariantSchema },
  async ({ params, body, user }) => ({ variant: await updateVariant(params.id, body, user.id) }),
);

/** Archives: completions made with the variant keep it. */
export const DELETE = apiRoute({ role: "editor", summary: "Archive a variant: answers and runs made with it keep it.", params: idParams, response: null }, async ({ params }) => {
  await archiveVariant(params.id);
  return null;
});

export const { POST, PUT } = methodNotAllowed("GET", "PATCH", "DELETE");
