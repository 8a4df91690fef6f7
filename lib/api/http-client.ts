// The client side of the API for the browser (and later the CLI): JSON in, JSON out, and a
// problem-details error that callers can show as it is.
import type { ProblemDetails } from "./problem";

export class ApiError extends Error {
  constructor(readonly problem: ProblemDetails) {
    super(problem.detail);
    this.name = "ApiError";
  }
}

export async function apiFetch<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, headers, ...rest } = init;
  const response = await fetch(path, {
    ...rest,
    headers: { ...(json !== undefined ? { "content-type": "application/json" } : {}), ...headers },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw apiErrorOf(response, body);
  return body as T;
}

/** A POST whose success is a stream (an event stream or a file): the Response, for the caller to
 * read as it comes; a failure is an ApiError, as from apiFetch. */
export async function streamFetch(path: string, json: unknown): Promise<Response> {
  const response = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(json) });
  if (!response.ok) throw apiErrorOf(response, await response.json().catch(() => null));
  return response;
}

function apiErrorOf(response: Response, body: unknown): ApiError {
  const problem = (body && typeof body === "object" ? body : {}) as Partial<ProblemDetails>;
  return new ApiError({
    type: problem.type ?? "about:blank",
    title: problem.title ?? response.statusText,
    status: response.status,
    detail: problem.detail ?? `The server answered ${response.status} ${response.statusText}.`,
    ...problem,
  });
}
