// Every /api/v1 route file, found by walking app/api/v1: each method either reaches its handler or
// answers a 405 problem document whose Allow header names exactly the methods that do.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { METHODS } from "../../lib/api/method-not-allowed";

const apiRoot = path.resolve(import.meta.dirname, "..", "..", "app", "api", "v1");

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return entry === "route.ts" ? [full] : [];
  });
}

type Handler = (request: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>;
// Valid-looking ids: a real handler then fails on auth or lookup, never on the id itself.
const id = "01a206e6-fdeb-7699-84c1-1ca722d058fc";

const files = routeFiles(apiRoot).filter((file) => !file.includes("[..."));

describe("405 answers", () => {
  it("finds the route files", () => expect(files.length).toBeGreaterThan(40));

  it.each(files.map((file) => [path.relative(apiRoot, file), file]))("%s", async (_, file) => {
    const routeModule = (await import(file)) as Partial<Record<string, Handler>>;
    const urlPath = "/api/v1/" + path.relative(apiRoot, path.dirname(file)).replace(/\[\w+\]/g, id);
    const answers = new Map<string, Response>();
    for (const method of METHODS) {
      const handler = routeModule[method];
      expect(handler, `${method} must be exported (a handler or methodNotAllowed)`).toBeTypeOf("function");
      const request = new Request(`http://localhost${urlPath}`, { method, headers: { "content-type": "application/json" }, body: method === "GET" ? undefined : "{}" });
      answers.set(method, await handler!(request, { params: Promise.resolve({ id, caseId: id, columnId: id, turnId: id, itemId: id }) }));
    }
    const handled = METHODS.filter((method) => answers.get(method)!.status !== 405);
    expect(handled.length).toBeGreaterThan(0);
    for (const [method, response] of answers) {
      if (response.status !== 405) continue;
      expect(response.headers.get("content-type"), method).toBe("application/problem+json");
      expect(response.headers.get("allow")!.split(", ").filter((name) => name !== "HEAD" && name !== "OPTIONS")).toEqual(handled);
      expect((await response.json()).detail).toBe(`${method} is not allowed on ${urlPath}; use ${handled.join(" or ")}.`);
    }
  });
});
