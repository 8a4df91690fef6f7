// The typed clients' one request function. Each client method names the route handler it calls
// (a type-only import, so no server code reaches the browser or the CLI bundle) and takes its body,
// query and answer types from that handler's apiRoute() spec: the JSON of the same zod schemas the
// route validates with and the OpenAPI document is written from.
import type { z } from "zod";
import type { Jsonified } from "../api/jsonified";
import type { AnySpec } from "../api/route";
import { apiFetch, streamFetch } from "../api/http-client";

/** Sends one request to /api/v1 and resolves with the parsed JSON (undefined for a 204). */
export type Transport = (method: string, path: string, body?: unknown) => Promise<unknown>;

type Spec<H> = H extends { spec: infer S extends AnySpec } ? S : never;
type JsonOf<T> = [Exclude<T, undefined>] extends [never] ? undefined : Exclude<T, undefined> extends z.ZodType ? z.input<Exclude<T, undefined>> : undefined;
type Described<R> = R extends z.ZodType ? Jsonified<z.output<R>> : undefined;

/** The JSON a route answers: what its handler returns after apiRoute() encoded it through the
 * response schema — the schema's output (defaults filled in) with Dates as ISO strings. */
export type ResponseOf<H> = [Exclude<Spec<H>["response"], undefined>] extends [never]
  ? unknown
  : Exclude<Spec<H>["response"], undefined> extends null
    ? void
    : Described<Exclude<Spec<H>["response"], undefined>>;
export type BodyOf<H> = JsonOf<Spec<H>["body"]>;
export type QueryOf<H> = JsonOf<Spec<H>["query"]>;

/** The pages' transport: same origin, the login cookie. */
export const browserTransport: Transport = (method, path, body) => apiFetch(`/api/v1${path}`, { method, json: body });

export function typedCaller(transport: Transport) {
  return {
    get: <H>(path: string, query?: QueryOf<H>) => transport("GET", path + queryString(query)) as Promise<ResponseOf<H>>,
    send: <H>(method: "POST" | "PUT" | "PATCH" | "DELETE", path: string, ...body: BodyOf<H> extends undefined ? [] : [BodyOf<H>]) =>
      transport(method, path, body[0]) as Promise<ResponseOf<H>>,
  };
}

/** A POST to a route that answers a stream (`raw()`): the body typed from the route's spec, the
 * Response handed back to be read as it arrives. Same origin, the login cookie. */
export const postForStream = <H>(path: string, body: BodyOf<H>): Promise<Response> => streamFetch(`/api/v1${path}`, body);

/** `/sessions/${segment(id)}`: ids come from the API, but a path segment is escaped anyway. */
export const segment = encodeURIComponent;

function queryString(query: unknown): string {
  if (!query || typeof query !== "object") return "";
  const entries = Object.entries(query).filter(([, value]) => value !== undefined && value !== null);
  return entries.length ? "?" + new URLSearchParams(entries.map(([key, value]) => [key, String(value)])).toString() : "";
}
