// The CLI's side of the REST API: JUXTA_URL and JUXTA_TOKEN from the environment, problem
// details turned into errors a person can act on.
import "server-only";
import { ApiError, apiFetch } from "../api/http-client";
import type { Transport } from "../api-client/call";
import { env } from "../config/env";

/** A mistake on the caller's side (flags, configuration, unknown names): exit code 2. */
export class UsageError extends Error {}

export interface ApiClient {
  url: string;
  /** For the typed clients (lib/api-client): `watchesApi(api.transport)`. */
  transport: Transport;
  /** A streaming GET (server-sent events), answered as it comes: the caller reads the body. */
  stream(path: string): Promise<Response>;
}

export function apiClientFromEnv(): ApiClient {
  const url = env().JUXTA_URL.replace(/\/+$/, "");
  const token = env().JUXTA_TOKEN;
  if (!token) throw new UsageError("Set JUXTA_TOKEN to an API token (create one under Settings → API tokens, or with `juxta tokens create`).");
  const request = async (path: string, init: RequestInit & { json?: unknown }): Promise<unknown> => {
    try {
      return await apiFetch(`${url}/api/v1${path}`, { ...init, headers: { authorization: `Bearer ${token}` } });
    } catch (error) {
      if (error instanceof ApiError) {
        // 4xx: the request was wrong (a name, a flag, the token); 5xx: the server's problem.
        if (error.problem.status < 500) throw new UsageError(error.problem.detail);
        throw new Error(`The server failed: ${error.problem.detail}`);
      }
      throw new UsageError(`Cannot reach Juxta at ${url} (${error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)}). Is it running? Set JUXTA_URL.`);
    }
  };
  return {
    url,
    transport: (method, path, body) => request(path, { method, json: body }),
    stream: (path) => fetch(`${url}/api/v1${path}`, { headers: { authorization: `Bearer ${token}`, accept: "text/event-stream" } }),
  };
}
