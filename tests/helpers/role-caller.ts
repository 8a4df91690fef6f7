// Calling route handlers as each role, the way integration tests do: one user and API token per
// role, and `call(handler, role, {method, body, id})` → `{status, body}`.
import { createApiToken } from "../../lib/auth/api-tokens";
import type { Role } from "../../lib/auth/roles";
import { createUser } from "../../lib/auth/users";

type Handler = (request: Request, args?: { params: Promise<Record<string, string>> }) => Promise<Response>;
export interface CallOptions {
  method?: string;
  body?: unknown;
  id?: string;
}

export async function roleCaller(roles: readonly Role[]) {
  const auth: Partial<Record<Role, string>> = {};
  for (const role of roles) {
    const user = await createUser({ name: role, email: `${role}@example.com`, password: "long-enough", role });
    auth[role] = `Bearer ${(await createApiToken(user.id, "test")).token}`;
  }
  return async function call(handler: Handler, role: Role, options: CallOptions = {}) {
    const request = new Request("http://localhost/api/v1/x", {
      method: options.method ?? (options.body === undefined ? "GET" : "POST"),
      headers: { authorization: auth[role]!, "content-type": "application/json" },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const params: Record<string, string> = options.id ? { id: options.id } : {};
    const response = await handler(request, { params: Promise.resolve(params) });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
}
