// Where a sign-in leads. Shared by server and browser code, so it imports nothing but types.
import type { Role } from "./roles";

/** The request header through which the proxy tells a page its own path and query. */
export const PATH_HEADER = "x-juxta-path";

/** The page a role starts on: reviewers review; everyone else compares. */
export function landingPath(role: Role): string {
  return role === "reviewer" ? "/review" : "/compare";
}

/** The page that asked for a sign-in, if it is one of ours: a path on this site (not "//host",
 * which browsers read as another host, nor "/\host"), not an API route or an auth page, no
 * control characters. Anything else is dropped, so ?next= cannot send anyone elsewhere. */
export function safeNextPath(raw: string | null | undefined): string | null {
  if (!raw || raw.length > 2000 || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return null;
  if (/[\u0000-\u001f\u007f]/.test(raw)) return null;
  if (/^\/(api|login|setup)(\/|\?|$)/.test(raw)) return null;
  return raw;
}
