// The REST API as the CLI and CI use it: JSON with a bearer token. Tests that are not about the
// browser talk to a running Juxta this way.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";

const juxta = path.resolve(import.meta.dirname, "..", "..", "bin", "juxta.js");

export type ApiCall = <T = Record<string, unknown>>(method: "GET" | "POST" | "PATCH" | "DELETE", route: string, body?: unknown) => Promise<T>;

export function apiClient(baseUrl: string, token: string): ApiCall {
  return async (method, route, body) => {
    const response = await fetch(`${baseUrl}/api/v1${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : null) as never;
  };
}

/** `juxta users create` + `juxta tokens create` as processes, against the database in `env`.
 * Asynchronous on purpose: a blocked event loop would keep stale keep-alive sockets around. */
export async function adminToken(env: NodeJS.ProcessEnv, email = "admin@example.com"): Promise<string> {
  const run = async (args: string[]) => (await promisify(execFile)(process.execPath, [juxta, ...args], { env, encoding: "utf8" })).stdout.trim();
  await run(["users", "create", "--email", email, "--name", "Admin", "--role", "admin", "--password", "correct horse battery"]);
  return (await run(["tokens", "create", "--email", email, "--name", "tests"])).split("\n").at(-1)!;
}
