import { z } from "zod";
import { clientAddress } from "@/lib/api/forwarded";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { apiRoute, reply } from "@/lib/api/route";
import { beginLoginAttempt, tooManyAttempts } from "@/lib/auth/login-throttle";
import { startLoginSession } from "@/lib/auth/login-sessions";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { authenticate, userSchema } from "@/lib/auth/users";

const body = z.object({
  email: z.string().min(1, "Enter your email.").max(320, "That is not an email address."),
  password: z.string().min(1, "Enter your password.").max(1000),
});

export const POST = apiRoute(
  { role: "public", summary: "Sign in with email and password: sets the login cookie (429 with Retry-After after too many attempts).", body, response: z.object({ user: userSchema }) },
  async ({ request, body }) => {
    const attempt = await beginLoginAttempt(body.email, clientAddress(request));
    if (!attempt.allowed) throw tooManyAttempts(attempt.retryAfterSeconds);
    const user = await authenticate(body.email, body.password);
    await attempt.succeeded();
    const session = await startLoginSession(user.id);
    return reply({ user }, { headers: { "set-cookie": sessionCookie(request, session.token) } });
  },
);

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
