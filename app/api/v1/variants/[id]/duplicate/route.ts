import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { duplicateVariant } from "@/lib/variants/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const POST = apiRoute({ role: "editor", params: idParams }, async ({ params }) =>
  Response.json({ variant: await duplicateVariant(params.id) }, { status: 201 }),
);

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
