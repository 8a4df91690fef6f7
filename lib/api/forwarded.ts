// What a request says about where it came from. The X-Forwarded-* headers are believed only when
// the operator says a reverse proxy sets them (JUXTA_TRUST_PROXY=1); otherwise a client could
// claim HTTPS, another host or another address just by sending them.
import "server-only";
import { env } from "../config/env";

function firstOf(value: string | null) {
  return value?.split(",")[0]?.trim() || undefined;
}

/** "https" or "http": the scheme the browser used to reach us. */
export function requestScheme(request: Request): string {
  const own = new URL(request.url).protocol.replace(":", "");
  if (!env().JUXTA_TRUST_PROXY) return own;
  return firstOf(request.headers.get("x-forwarded-proto"))?.toLowerCase() ?? own;
}

/** host[:port] the browser addressed: the Host header (which a browser cannot forge cross-origin). */
export function requestHost(request: Request): string {
  const forwarded = env().JUXTA_TRUST_PROXY ? firstOf(request.headers.get("x-forwarded-host")) : undefined;
  return (forwarded ?? request.headers.get("host") ?? new URL(request.url).host).toLowerCase();
}

/** The origin a same-origin page of ours has: scheme://host[:port]. */
export function requestOrigin(request: Request): string {
  return `${requestScheme(request)}://${requestHost(request)}`;
}

/**
 * The client's IP address, as well as we can know it.
 * - Behind a trusted proxy: the last X-Forwarded-For entry, the one our proxy appended (entries
 *   before it are whatever the client sent, so they prove nothing). One proxy hop is assumed.
 * - Otherwise: route handlers under `next start` never see the socket. Next fills X-Forwarded-For
 *   from the socket address only when the request has none, so proxy.ts deletes any
 *   client-sent X-Forwarded-For first; what is left here is then the socket address.
 * "unknown" when there is nothing (e.g. a handler called directly).
 */
export function clientAddress(request: Request): string {
  const entries = (request.headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  const address = env().JUXTA_TRUST_PROXY ? entries.at(-1) : entries[0];
  return address?.replace(/^::ffff:/, "") ?? "unknown";
}
