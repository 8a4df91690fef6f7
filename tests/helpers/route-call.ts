// Calling a route handler directly with a bearer token, as an integration test does: GET without
// a body, POST with one; `params` are the route's dynamic segments, `search` its query string.
type Handler = (request: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>;

export function routeCall(authorization: () => string) {
  return (handler: Handler, params: Record<string, string>, body?: unknown, search = "") =>
    handler(
      new Request(`http://localhost/api/v1/x${search}`, {
        method: body === undefined ? "GET" : "POST",
        headers: { authorization: authorization(), "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
      { params: Promise.resolve(params) },
    );
}
