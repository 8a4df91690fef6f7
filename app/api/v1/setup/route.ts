import { apiRoute } from "@/lib/api/route";
import { startLoginSession } from "@/lib/auth/login-sessions";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { createFirstAdmin, newUserSchema } from "@/lib/auth/users";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

const body = newUserSchema.omit({ role: true }).strict();

export const POST = apiRoute({ role: "public", body }, async ({ request, body }) => {
  const user = await createFirstAdmin(body);
  const session = await startLoginSession(user.id);
  return Response.json({ user }, { status: 201, headers: { "set-cookie": sessionCookie(request, session.token) } });
});

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
