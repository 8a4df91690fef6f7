import { apiRoute } from "@/lib/api/route";
import { createSession, createSessionSchema, listSessions, listSessionsSchema } from "@/lib/sessions/service";
import { oneSessionSchema, sessionListSchema } from "@/lib/sessions/api-schemas";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute(
  { role: "reviewer", summary: "Compare sessions, a page at a time, searched by title or message.", query: listSessionsSchema, response: sessionListSchema },
  async ({ query }) => listSessions(query),
);

export const POST = apiRoute(
  { role: "editor", summary: "Start a compare session with 2–12 variants (blind: names hidden until revealed).", body: createSessionSchema, response: oneSessionSchema, status: 201 },
  async ({ body, user }) => ({ session: await createSession(body, user.id) }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
