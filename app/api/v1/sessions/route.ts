import { apiRoute } from "@/lib/api/route";
import { createSession, createSessionSchema, listSessions, listSessionsSchema } from "@/lib/sessions/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", query: listSessionsSchema }, async ({ query }) => listSessions(query));

export const POST = apiRoute({ role: "editor", body: createSessionSchema }, async ({ body, user }) => {
  const session = await createSession(body, user.id);
  return Response.json({ id: session.id, session }, { status: 201 });
});

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
