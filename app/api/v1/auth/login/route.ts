import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { startLoginSession } from "@/lib/auth/login-sessions";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { authenticate } from "@/lib/auth/users";

const body = z.object({ email: z.string().min(1, "Enter your email."), password: z.string().min(1, "Enter your password.") });

export const POST = apiRoute({ role: "public", body }, async ({ request, body }) => {
  const user = await authenticate(body.email, body.password);
  const session = await startLoginSession(user.id);
  return Response.json({ user }, { headers: { "set-cookie": sessionCookie(request, session.token) } });
});
