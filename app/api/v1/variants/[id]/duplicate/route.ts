import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { duplicateVariant } from "@/lib/variants/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const POST = apiRoute({ role: "editor", params: idParams }, async ({ params, user }) =>
  Response.json({ variant: await duplicateVariant(params.id, user.id) }, { status: 201 }),
);

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
