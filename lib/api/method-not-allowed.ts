// Next answers a method a route file does not export with a bare 405 (no body, no Allow). Every
// /api/v1 route file ends with
//   export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
// naming the methods it does handle, so the others answer a problem document with an Allow header.
// tests/integration/method-not-allowed.test.ts walks every route file to keep this complete.
import { problemResponse } from "./problem";

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];

type NotAllowedHandler = (request: Request) => Promise<Response>;

export function methodNotAllowed(...allowed: Method[]): Record<Method, NotAllowedHandler> {
  // Next itself answers HEAD for a GET route and OPTIONS for every route.
  const allow = [...allowed, ...(allowed.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
  const handler: NotAllowedHandler = async (request) => {
    const path = new URL(request.url).pathname;
    return problemResponse(
      {
        type: "urn:juxta:problem:method_not_allowed",
        status: 405,
        detail: `${request.method} is not allowed on ${path}; use ${allowed.join(" or ")}.`,
        instance: path,
      },
      { allow },
    );
  };
  return Object.fromEntries(METHODS.map((method) => [method, handler])) as Record<Method, NotAllowedHandler>;
}
