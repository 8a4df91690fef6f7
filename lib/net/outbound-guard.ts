// The one way Juxta makes HTTP requests to hosts a user configured (providers today, webhooks
// later). Each hop, redirects included, is checked before it is made: the URL's host against the
// rules of address-rules.ts and the operator's allowlist, then every address DNS returns for it.
// The connection is made to the address that was checked (undici's `connect.lookup`), so a DNS
// answer that changes between the check and the connect (rebinding) cannot slip through.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import { Agent, fetch as undiciFetch, type RequestInit as UndiciRequestInit } from "undici";
import { isDeniedAddress, isDeniedHostname, matchesAllowlist } from "./address-rules";

const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// Credentials meant for the first host must not follow a redirect to another one.
const CREDENTIAL_HEADERS = ["authorization", "proxy-authorization", "cookie", "x-api-key", "api-key"];

export interface OutboundPolicy {
  /** What the host is, for messages: "provider host". */
  label: string;
  /** Read on every request, so a changed setting applies at once. Undefined: no allowlist. */
  allowedHosts: () => readonly string[] | undefined;
  /** Where the operator sets the allowlist, for messages: "JUXTA_PROVIDER_HOSTS". */
  allowlistName: string;
  /** The system resolver unless given: tests hand in one that answers like a rebinding attacker. */
  resolve?: typeof dnsLookup;
}

/** A request refused before any connection to the host was made. */
export class OutboundBlockedError extends Error {
  constructor(
    readonly host: string,
    message: string,
  ) {
    super(message);
    this.name = "OutboundBlockedError";
  }
}

function deniedMessage(policy: OutboundPolicy, host: string) {
  return `The ${policy.label} ${host} is not allowed (link-local/metadata addresses are blocked; see ${policy.allowlistName}).`;
}

/** Throws OutboundBlockedError unless a request to this URL may be made. Does no I/O: the
 * addresses a host name resolves to are checked when connecting (see guardedLookup). */
export function assertOutboundAllowed(target: string | URL, policy: OutboundPolicy): URL {
  const url = new URL(target);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new OutboundBlockedError(url.hostname, `The ${policy.label} URL must use http or https.`);
  const host = url.hostname;
  if (isDeniedHostname(host) || (isIP(host.replace(/^\[|\]$/g, "")) !== 0 && isDeniedAddress(host))) throw new OutboundBlockedError(host, deniedMessage(policy, host));
  const allowed = policy.allowedHosts();
  const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
  if (allowed && !matchesAllowlist(host, port, allowed)) {
    throw new OutboundBlockedError(host, `The ${policy.label} ${host} is not allowed (it is not listed in ${policy.allowlistName}).`);
  }
  return url;
}

/** dns.lookup that fails when any address of the host is denied, and hands the connection only
 * the addresses it checked. */
function guardedLookup(policy: OutboundPolicy): LookupFunction {
  return (hostname, options, callback) => {
    (policy.resolve ?? dnsLookup)(hostname, { family: options.family, hints: options.hints, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      if (addresses.some((entry) => isDeniedAddress(entry.address))) {
        return callback(new OutboundBlockedError(hostname, deniedMessage(policy, hostname)) as NodeJS.ErrnoException, "", 0);
      }
      // Node asks for all addresses when it races IPv4 and IPv6 (autoSelectFamily), else for one.
      if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
      const [first] = addresses;
      if (!first) return callback(Object.assign(new Error(`No address for ${hostname}`), { code: "ENOTFOUND" }), "", 0);
      callback(null, first.address, first.family);
    });
  };
}

function canReplay(body: RequestInit["body"]): boolean {
  return body == null || typeof body === "string" || body instanceof Uint8Array || body instanceof ArrayBuffer || body instanceof URLSearchParams;
}

/**
 * A fetch for user-configured hosts: same signature as the global fetch (the SDKs take it as
 * their `fetch` option), undici underneath with its own Agent. Redirects are followed here, at
 * most MAX_REDIRECTS, each Location checked like the first URL.
 */
export function createGuardedFetch(policy: OutboundPolicy): typeof fetch {
  const dispatcher = new Agent({ connect: { lookup: guardedLookup(policy) } });
  return async (input: string | URL | Request, init: RequestInit = {}) => {
    if (input instanceof Request) throw new TypeError("guardedFetch takes a URL and an init object, not a Request.");
    let url = new URL(input);
    let method = (init.method ?? "GET").toUpperCase();
    let body = init.body;
    const headers = new Headers(init.headers);
    for (let hop = 0; ; hop += 1) {
      assertOutboundAllowed(url, policy);
      const request = { ...init, method, headers, body, redirect: "manual", dispatcher } as unknown as UndiciRequestInit;
      const response = await undiciFetch(url, request);
      const location = response.headers.get("location");
      if (!REDIRECT_STATUSES.has(response.status) || !location) return response as unknown as Response;
      if (hop >= MAX_REDIRECTS) throw new TypeError(`More than ${MAX_REDIRECTS} redirects.`);
      // Like fetch: 303, and 301/302 after a POST, continue as a GET without the body.
      const asGet = response.status === 303 || ((response.status === 301 || response.status === 302) && method === "POST");
      if (!asGet && !canReplay(body)) return response as unknown as Response;
      await response.body?.cancel();
      const next = new URL(location, url);
      if (next.origin !== url.origin) for (const name of CREDENTIAL_HEADERS) headers.delete(name);
      if (asGet) {
        method = "GET";
        body = undefined;
        headers.delete("content-type");
        headers.delete("content-length");
      }
      url = next;
    }
  };
}
