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
  if (!response.ok) {
    const problem = (body && typeof body === "object" ? body : {}) as Partial<ProblemDetails>;
    throw new ApiError({
      type: problem.type ?? "about:blank",
      title: problem.title ?? response.statusText,
      status: response.status,
      detail: problem.detail ?? `The server answered ${response.status} ${response.statusText}.`,
      ...problem,
    });
  }
  return body as T;
}
