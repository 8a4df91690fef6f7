import { apiRoute, reply } from "@/lib/api/route";
import { endLoginSession, SESSION_COOKIE } from "@/lib/auth/login-sessions";
import { readCookie } from "@/lib/auth/request-user";
import { clearedSessionCookie } from "@/lib/auth/session-cookie";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const POST = apiRoute({ role: "public", summary: "Sign out: ends the login session and clears its cookie.", response: null }, async ({ request }) => {
  const token = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
  if (token) await endLoginSession(token);
  return reply(null, { headers: { "set-cookie": clearedSessionCookie(request) } });
});

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
