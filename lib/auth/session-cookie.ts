// The login cookie: httpOnly (no script can read it), SameSite=Lax (not sent on cross-site
// posts), and Secure whenever the request came over HTTPS — directly, or through a proxy that
// the operator trusts (JUXTA_TRUST_PROXY): an untrusted X-Forwarded-Proto proves nothing.
import { requestScheme } from "../api/forwarded";
import { SESSION_COOKIE, SESSION_DAYS } from "./login-sessions";

function isHttps(request: Request) {
  return requestScheme(request) === "https";
}

export function sessionCookie(request: Request, token: string): string {
  const parts = [`${SESSION_COOKIE}=${encodeURIComponent(token)}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${SESSION_DAYS * 86_400}`];
  if (isHttps(request)) parts.push("Secure");
  return parts.join("; ");
}

export function clearedSessionCookie(request: Request): string {
  const parts = [`${SESSION_COOKIE}=`, "Path=/", "HttpOnly", "SameSite=Lax", "Max-Age=0"];
  if (isHttps(request)) parts.push("Secure");
  return parts.join("; ");
}
