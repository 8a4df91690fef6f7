import { z } from "zod";
import { clientAddress } from "@/lib/api/forwarded";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { apiRoute } from "@/lib/api/route";
import { beginLoginAttempt, tooManyAttemptsProblem } from "@/lib/auth/login-throttle";
import { startLoginSession } from "@/lib/auth/login-sessions";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { authenticate } from "@/lib/auth/users";

const body = z.object({
  email: z.string().min(1, "Enter your email.").max(320, "That is not an email address."),
  password: z.string().min(1, "Enter your password.").max(1000),
});

export const POST = apiRoute({ role: "public", body }, async ({ request, body }) => {
  const attempt = await beginLoginAttempt(body.email, clientAddress(request));
  if (!attempt.allowed) return tooManyAttemptsProblem(attempt.retryAfterSeconds, new URL(request.url).pathname);
  const user = await authenticate(body.email, body.password);
  await attempt.succeeded();
  const session = await startLoginSession(user.id);
  return Response.json({ user }, { headers: { "set-cookie": sessionCookie(request, session.token) } });
});

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
