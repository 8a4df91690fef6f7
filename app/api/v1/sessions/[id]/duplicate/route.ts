import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { duplicateSession } from "@/lib/sessions/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const POST = apiRoute({ role: "editor", params: idParams }, async ({ params, user }) => {
  const session = await duplicateSession(params.id, user.id);
  return Response.json({ id: session.id, session }, { status: 201 });
});

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
