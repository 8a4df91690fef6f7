// Calling route handlers directly as an editor with an API token, as the compare integration
// tests do: GET without a body, POST with one; `params` are the route's dynamic segments,
// `search` its query string. Also the wire server's two kinds of provider, with their keys.
import { createApiToken } from "../../lib/auth/api-tokens";
import { createUser } from "../../lib/auth/users";
import { createProvider } from "../../lib/providers/service";
import type { WireServer } from "../fixtures/wire-server";

export type RouteHandler = (request: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>;

export async function editorRouteCall() {
  const user = await createUser({ name: "Po", email: "po@example.com", password: "long-enough", role: "editor" });
  const authorization = `Bearer ${(await createApiToken(user.id, "t")).token}`;
  const call = (handler: RouteHandler, params: Record<string, string>, body?: unknown, search = "") =>
    handler(
      new Request(`http://localhost/api/v1/x${search}`, {
        method: body === undefined ? "GET" : "POST",
        headers: { authorization, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
      { params: Promise.resolve(params) },
    );
  return { userId: user.id, call };
}

/** An OpenAI-compatible and an Anthropic provider, both pointed at the wire server. */
export async function wireProviders(wire: WireServer, keys: { openai: string; anthropic: string }) {
  const compatible = await createProvider({ name: "Wire", kind: "openai_compatible", baseUrl: wire.openaiBaseUrl, apiKey: keys.openai });
  const anthropic = await createProvider({ name: "Wire Anthropic", kind: "anthropic", baseUrl: wire.anthropicBaseUrl, customEndpoint: true, apiKey: keys.anthropic });
  return { compatible, anthropic };
}
