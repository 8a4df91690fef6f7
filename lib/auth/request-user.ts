// Who is making a request: a bearer token (CLI, CI) or the login cookie (browser).
import { userFromApiToken } from "./api-tokens";
import { SESSION_COOKIE, userFromLoginSession } from "./login-sessions";
import type { AuthUser } from "./roles";

export function readCookie(cookieHeader: string | null, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}

export async function userFromHeaders(headers: Headers): Promise<AuthUser | null> {
  const authorization = headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    return match?.[1] ? userFromApiToken(match[1]) : null;
  }
  const sessionToken = readCookie(headers.get("cookie"), SESSION_COOKIE);
  return sessionToken ? userFromLoginSession(sessionToken) : null;
}
