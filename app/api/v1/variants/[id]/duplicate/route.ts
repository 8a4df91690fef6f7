import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { oneVariantSchema } from "@/lib/variants/api-schemas";
import { duplicateVariant } from "@/lib/variants/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const POST = apiRoute(
  { role: "editor", summary: 'Copy a variant\'s settings into a new variant named "<name> (copy)", at revision 1.', params: idParams, response: oneVariantSchema, status: 201 },
  async ({ params, user }) => ({ variant: await duplicateVariant(params.id, user.id) }),
);

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
