import { z } from "zod";
import { apiRoute, reply } from "@/lib/api/route";
import { startLoginSession } from "@/lib/auth/login-sessions";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { createFirstAdmin, newUserSchema, userSchema } from "@/lib/auth/users";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

const body = newUserSchema.omit({ role: true }).strict();

export const POST = apiRoute(
  { role: "public", summary: "Create the first admin on a fresh install and sign them in (409 once any user exists).", body, response: z.object({ user: userSchema }), status: 201 },
  async ({ request, body }) => {
    const user = await createFirstAdmin(body);
    const session = await startLoginSession(user.id);
    return reply({ user }, { headers: { "set-cookie": sessionCookie(request, session.token) } });
  },
);

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
