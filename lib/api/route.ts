// apiRoute(): the one wrapper every route handler goes through. It authenticates, checks the
// role, reads and validates the body, query and params with zod, and turns every error into
// RFC 9457 problem details. Route files stay thin: parse → call a service → respond.
// The spec is also the route's contract: lib/api/openapi reads it (request schemas, `response`,
// `status`, `summary`) to write /api/v1/openapi.json, so a route describes itself once.
import { z } from "zod";
import { userFromHeaders } from "../auth/request-user";
import { assertRole, type AuthUser, type Role } from "../auth/roles";
import { AppError } from "./errors";
import { errorToProblem, problemResponse, validationProblem } from "./problem";
import { assertSameOrigin, isBrowserMutation } from "./same-origin";
import { unstorableInputProblem } from "./unstorable-input";

export const DEFAULT_MAX_BODY_BYTES = 1_000_000;

type Access = Role | "public";

/** A success that is not JSON — a file download or an event stream: the handler answers its own
 * Response, and the document names the media type. */
export interface RawResponse {
  raw: string;
  description: string;
}

/** `response: raw("text/csv", "The cases as CSV.")`: see RawResponse. */
export function raw(mediaType: string, description: string): RawResponse {
  return { raw: mediaType, description };
}

/** A documented answer that needs its own status or headers: a login's Set-Cookie, the health
 * check's 503. apiRoute() still encodes `body` through the response schema. */
export class Reply<T> {
  constructor(
    readonly body: T,
    readonly init: { status?: number; headers?: HeadersInit },
  ) {}
}

/** `return reply({ user }, { headers: { "set-cookie": … } })`: see Reply. */
export function reply<T>(body: T, init: { status?: number; headers?: HeadersInit }): Reply<T> {
  return new Reply(body, init);
}

/** `response`: the JSON body of a success (`null`: 204, no body), or a RawResponse. Without it the
 * route is not described yet and may answer any Response. */
type ResponseSpec = z.ZodType | RawResponse | null | undefined;

export interface RouteSpec<B extends z.ZodType | undefined, Q extends z.ZodType | undefined, P extends z.ZodType | undefined, R extends ResponseSpec = undefined> {
  /** The least role allowed; "public" needs no login. */
  role: Access;
  /** One line for the API reference. */
  summary?: string;
  body?: B;
  query?: Q;
  params?: P;
  response?: R;
  /** The status of a success with a `response` body: 201 for a created resource, 202 for queued work. */
  status?: 200 | 201 | 202;
  maxBodyBytes?: number;
}

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;
/** What a handler returns: the response schema's server side (Dates, not strings) when the route
 * declares one, so the compiler holds the handler to the documented contract. */
type HandlerResult<R> = R extends z.ZodType ? z.output<R> | Reply<z.output<R>> : R extends null ? null | Reply<null> : R extends RawResponse ? Response : Response | object | null;

export type AnySpec = RouteSpec<z.ZodType | undefined, z.ZodType | undefined, z.ZodType | undefined, ResponseSpec>;
/** A route handler as apiRoute() builds it, carrying its spec: the OpenAPI document reads it, and
 * the typed clients (lib/api-client) take their request and response types from it. */
export type ApiHandler<S extends AnySpec = AnySpec> = ((request: Request, args?: NextRouteArgs) => Promise<Response>) & { spec: S };

export interface RouteContext<B, Q, P, U> {
  request: Request;
  user: U;
  body: B;
  query: Q;
  params: P;
}

type UserFor<A extends Access> = A extends "public" ? AuthUser | null : AuthUser;

/** Next passes dynamic segments as a promise of strings. */
interface NextRouteArgs {
  params: Promise<Record<string, string | string[]>>;
}

export function apiRoute<
  A extends Access,
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
  R extends ResponseSpec = undefined,
>(
  spec: RouteSpec<B, Q, P, R> & { role: A },
  handler: (context: RouteContext<Infer<B>, Infer<Q>, Infer<P>, UserFor<A>>) => Promise<HandlerResult<R>>,
): ApiHandler<RouteSpec<B, Q, P, R> & { role: A }> {
  const route = async (request: Request, args?: NextRouteArgs): Promise<Response> => {
    const instance = new URL(request.url).pathname;
    try {
      // Before anything else, so a forged request learns nothing (not even 401 versus 404).
      assertSameOrigin(request);
      const found = await userFromHeaders(request.headers);
      const user = spec.role === "public" ? found : assertRole(found, spec.role);

      const rawParams = args ? await args.params : {};
      const badParams = unstorableInputProblem(rawParams, "params", instance);
      if (badParams) return badParams;
      const params = spec.params ? spec.params.safeParse(rawParams) : undefined;
      if (params && !params.success) return validationProblem(params.error, "params", instance);

      const searchParams = Object.fromEntries(new URL(request.url).searchParams);
      const badQuery = unstorableInputProblem(searchParams, "query", instance);
      if (badQuery) return badQuery;
      const query = spec.query ? spec.query.safeParse(searchParams) : undefined;
      if (query && !query.success) return validationProblem(query.error, "query", instance);

      let body: unknown;
      if (spec.body) {
        const parsedJson = await readJsonBody(request, spec.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
        const badBody = unstorableInputProblem(parsedJson, "body", instance);
        if (badBody) return badBody;
        const parsedBody = spec.body.safeParse(parsedJson);
        if (!parsedBody.success) return validationProblem(parsedBody.error, "body", instance);
        body = parsedBody.data;
      }

      const result = await handler({
        request,
        user: user as UserFor<A>,
        body: body as Infer<B>,
        query: query?.data as Infer<Q>,
        params: params?.data as Infer<P>,
      });
      if (result instanceof Response) return result;
      const { body: answer, init } = result instanceof Reply ? result : { body: result, init: {} };
      if (answer === null) return new Response(null, { status: init.status ?? 204, headers: init.headers });
      if (spec.response instanceof z.ZodType) return Response.json(encodeResponse(spec.response, answer), { status: init.status ?? spec.status ?? 200, headers: init.headers });
      return Response.json(answer);
    } catch (error) {
      return errorToProblem(error, instance);
    }
  };
  return Object.assign(route, { spec });
}

/** The handler's result as documented JSON: Dates become ISO strings and fields the schema does
 * not name are dropped, so a service that returns more than the contract leaks nothing. A result
 * that breaks the contract is our bug — a 500, never a 400 blaming the caller's input. */
function encodeResponse(schema: z.ZodType, result: unknown): unknown {
  const encoded = z.safeEncode(schema, result as never);
  if (encoded.success) return encoded.data;
  throw new Error(`The response breaks its documented schema: ${z.prettifyError(encoded.error)}`);
}

/** Reads a JSON body with a size cap, streaming so that an oversized body is never buffered whole. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  // A cross-site form or no-cors fetch can only send text/plain, form or multipart bodies, so a
  // browser request must declare JSON (a missing type is accepted only from bearer clients).
  if ((type || isBrowserMutation(request)) && !/^application\/([\w.+-]*\+)?json\b/i.test(type)) {
    throw new AppError("validation", 415, `Send the body as JSON (Content-Type: application/json), not ${type || "without a Content-Type"}.`);
  }
  const text = await readBodyText(request, maxBytes);
  if (text.trim() === "") throw new AppError("bad_json", 400, "The request body is empty; send a JSON object.");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError("bad_json", 400, `The request body is not valid JSON: ${(error as Error).message}`);
  }
}

/** The body as text, refused with a 413 as soon as it grows past `maxBytes`. */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge(maxBytes: number) {
  return new AppError("too_large", 413, `The request body is larger than ${Math.round(maxBytes / 1000)} kB.`);
}

export { problemResponse };
