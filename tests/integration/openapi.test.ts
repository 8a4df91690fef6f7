// The generated API contract against the real routes: the route index is complete and fresh, the
// document covers every route file, and every documented GET answers, on a seeded database over
// HTTP, exactly what the document says. That the document is valid OpenAPI 3.1 (by the official
// schema) needs no database: lib/api/openapi/served-document.test.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiDocument } from "../../lib/api/openapi/api-document";
import { isApiHandler, openApiPath } from "../../lib/api/openapi/document";
import { ROUTE_INDEX_FILE, routeIndexSource, routePaths } from "../../lib/api/openapi/route-index-source";
import { routeModules } from "../../lib/api/openapi/route-index.generated";
import { METHODS } from "../../lib/api/method-not-allowed";
import { createContractWorld, type ContractWorld } from "../helpers/contract-world";
import { responseValidator } from "../helpers/openapi-check";
import { startRouteServer, type RouteModule } from "../helpers/route-server";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { closeJobSender } from "../../lib/jobs/sender";

const root = path.resolve(import.meta.dirname, "..", "..");
const document = apiDocument();

describe("the route index", () => {
  it("is the generated one for today's route files (else run `npm run routes`)", () => {
    expect(readFileSync(path.join(root, ROUTE_INDEX_FILE), "utf8")).toBe(routeIndexSource(path.join(root, "app", "api")));
  });
});

describe("the OpenAPI document", () => {
  it("has every route file and every method it handles; only apiRoute() handlers handle methods", () => {
    const files = routePaths(path.join(root, "app", "api")).filter((route) => openApiPath(route) !== null);
    expect(files.length).toBeGreaterThan(80);
    for (const route of files) {
      const routeModule = (routeModules as Record<string, Record<string, unknown>>)[route]!;
      const documented = Object.keys(document.paths[openApiPath(route)!] ?? {});
      const handled = METHODS.filter((method) => isApiHandler(routeModule[method])).map((method) => method.toLowerCase());
      expect(documented, route).toEqual(handled);
      expect(handled.length, route).toBeGreaterThan(0);
    }
  });
});

describe("documented answers", () => {
  let world: ContractWorld;
  let wire: WireServer;
  let server: { url: string; close(): Promise<void> };
  const validate = responseValidator(document);

  beforeAll(async () => {
    wire = await startWireServer();
    world = await createContractWorld(wire);
    server = await startRouteServer(routeModules as unknown as Record<string, RouteModule>);
  });
  afterAll(async () => {
    await server?.close();
    await wire?.close();
    await closeJobSender();
  });

  /** Which seeded id each documented GET's {id} names. */
  const idFor: Record<string, keyof ContractWorld["ids"]> = {
    "/api/v1/sessions/{id}": "session",
    "/api/v1/sessions/{id}/reviews": "session",
    "/api/v1/users/{id}/tokens": "user",
    "/api/v1/review/reviewers/{id}/exclusions": "user",
    "/api/v1/watches/{id}": "watch",
    "/api/v1/watches/{id}/alerts": "watch",
    "/api/v1/runs/{id}": "run",
    "/api/v1/runs/{id}/judgings": "run",
    "/api/v1/runs/{id}/progress": "run",
    "/api/v1/runs/{id}/items": "run",
    "/api/v1/runs/{id}/items/changes": "run",
    "/api/v1/runs/{id}/summary": "run",
    "/api/v1/runs/{id}/outcomes": "run",
    "/api/v1/runs/{id}/comparisons": "run",
    "/api/v1/runs/{id}/repetitions": "run",
    "/api/v1/runs/{id}/robustness": "run",
    "/api/v1/runs/{id}/scorecard": "run",
    "/api/v1/judgings/{id}": "judging",
    "/api/v1/routing-policies/{id}": "policy",
    "/api/v1/routing-policies/{id}/versions": "policy",
    "/api/v1/completions/{id}/annotations": "completion",
    "/api/v1/completions/{id}/ratings": "completion",
    "/api/v1/variants/{id}": "variant",
    "/api/v1/variants/{id}/revisions": "variant",
    "/api/v1/prompts/{id}": "prompt",
    "/api/v1/prompts/{id}/versions": "prompt",
    "/api/v1/providers/{id}": "provider",
    "/api/v1/providers/{id}/models": "provider",
    "/api/v1/providers/{id}/remote-models": "provider",
    "/api/v1/datasets/{id}": "dataset",
    "/api/v1/datasets/{id}/summary": "dataset",
    "/api/v1/datasets/{id}/cases": "dataset",
    "/api/v1/datasets/{id}/scorecard": "dataset",
    "/api/v1/datasets/{id}/scorecard-weights": "dataset",
  };
  /** Routes with more than one path parameter: the seeded id each parameter names. */
  const idsFor: Record<string, Record<string, keyof ContractWorld["ids"]>> = {
    "/api/v1/sessions/{id}/completions/{completionId}/curl": { id: "session", completionId: "curlAnswer" },
    "/api/v1/runs/{id}/items/{itemId}": { id: "run", itemId: "runItem" },
  };
  const paramsFor = (route: string): Record<string, string> | undefined => {
    if (idsFor[route]) return Object.fromEntries(Object.entries(idsFor[route]).map(([name, key]) => [name, world.ids[key]]));
    return idFor[route] ? { id: world.ids[idFor[route]] } : route.includes("{") ? undefined : {};
  };
  /** A query a documented GET cannot go without. */
  const queryFor: Record<string, () => Promise<string>> = {
    "/api/v1/runs/{id}/items/changes": async () => {
      const listing = (await (await fetch(`${server.url}/api/v1/runs/${world.ids.run}/items`, { headers: { authorization: world.users.admin!.auth } })).json()) as { cursor: string };
      return `?since=${encodeURIComponent(listing.cursor)}`;
    },
  };

  it("serves the document at /api/v1/openapi.json without a login", async () => {
    const response = await fetch(`${server.url}/api/v1/openapi.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(document)));
  });

  it("validates every documented GET answer against the document", async () => {
    const described = Object.entries(document.paths).filter(([, item]) => item.get?.responses["200"]?.content?.["application/json"]);
    expect(described.length).toBeGreaterThan(5);
    for (const [route] of described) {
      const params = paramsFor(route);
      expect(params, `${route}: give the test an id to call it with`).toBeDefined();
      const url = route.replace(/\{(\w+)\}/g, (_, name: string) => params![name]!) + ((await queryFor[route]?.()) ?? "");
      const response = await fetch(server.url + url, { headers: { authorization: world.users.admin!.auth } });
      const body: unknown = await response.json();
      expect(response.status, `${route}: ${JSON.stringify(body)}`).toBe(200);
      expect(validate("GET", route, 200, body), route).toBeNull();
    }
    // …and the check does refuse an answer that breaks the document.
    expect(validate("GET", "/api/v1/users", 200, { users: [{ id: 1 }] })).toContain("must be string");
  });
});
