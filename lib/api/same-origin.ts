// CSRF defence for browser requests. SameSite=Lax keeps the login cookie off cross-site posts,
// but a *same-site* page (another port on localhost, a sibling subdomain) still gets it sent. So
// every state-changing request that is not bearer-authenticated must come from our own origin,
// as the browser itself reports it:
// - Sec-Fetch-Site (all current browsers on HTTPS and localhost): "same-origin", or "none" for
//   something the user did themselves (typed URL, bookmark);
// - otherwise Origin (sent by browsers on every POST/PUT/PATCH/DELETE): it must equal our origin.
// A request with neither header did not come from a browser (curl, scripts, the tests): a CSRF
// needs a victim's browser, and browsers always send one of the two on these methods — the same
// rule as Go's net/http CrossOriginProtection.
import { AppError } from "./errors";
import { requestOrigin } from "./forwarded";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Bearer clients send no cookie, so a forged request could not act as anyone: no CSRF. */
export function isBrowserMutation(request: Request): boolean {
  return !SAFE_METHODS.has(request.method.toUpperCase()) && !request.headers.has("authorization");
}

export function assertSameOrigin(request: Request): void {
  if (!isBrowserMutation(request)) return;
  const fetchSite = request.headers.get("sec-fetch-site")?.toLowerCase();
  if (fetchSite) {
    if (fetchSite === "same-origin" || fetchSite === "none") return;
    throw crossOrigin(`a ${fetchSite} page`);
  }
  const origin = request.headers.get("origin");
  if (origin === null) return;
  const own = requestOrigin(request);
  if (origin.toLowerCase() !== own) throw crossOrigin(`the origin ${origin} (this server is ${own})`);
}

function crossOrigin(from: string) {
  return new AppError(
    "forbidden",
    403,
    `Cross-origin request refused: a change made with the session cookie must come from Juxta's own pages, not from ${from}. Scripts and other clients should use an API token (Authorization: Bearer).`,
  );
}
