import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { duplicateSession } from "@/lib/sessions/service";
import { oneSessionSchema } from "@/lib/sessions/api-schemas";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const POST = apiRoute(
  { role: "editor", summary: "A new, empty session with the same variants.", params: idParams, response: oneSessionSchema, status: 201 },
  async ({ params, user }) => ({ session: await duplicateSession(params.id, user.id) }),
);

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
