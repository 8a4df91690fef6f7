// The generator on a small, known route table: what each part of an apiRoute() spec becomes.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isoDate } from "../iso-date";
import { methodNotAllowed } from "../method-not-allowed";
import { apiRoute, raw } from "../route";
import { buildOpenApiDocument, openApiPath, operationId } from "./document";

const thing = z.object({ id: z.uuid(), at: isoDate, note: z.string().nullable() });
interface Tree {
  name: string;
  children: Tree[];
}
const tree: z.ZodType<Tree> = z.lazy(() => z.object({ name: z.string(), children: z.array(tree) })).meta({ id: "Tree" });

const routes = {
  "/api/v1/things": {
    GET: apiRoute({ role: "reviewer", summary: "List things.", query: z.object({ q: z.string().optional(), page: z.coerce.number().default(1) }), response: z.object({ things: z.array(thing) }) }, async () => ({ things: [] })),
    POST: apiRoute({ role: "editor", body: z.object({ note: z.string() }), response: z.object({ thing }), status: 201 }, async () => ({ thing: { id: "x", at: new Date(), note: null } })),
    PUT: methodNotAllowed("GET", "POST").PUT,
  },
  "/api/v1/things/[id]": {
    DELETE: apiRoute({ role: "admin", params: z.object({ id: z.uuid() }), response: null }, async () => null),
    GET: apiRoute({ role: "public", params: z.object({ id: z.uuid() }) }, async () => new Response("file")),
  },
  "/api/v1/things/[id]/export": { GET: apiRoute({ role: "reviewer", response: raw("text/csv", "The thing as CSV.") }, async () => new Response("a,b")) },
  "/api/v1/trees": { GET: apiRoute({ role: "reviewer", response: z.object({ tree }) }, async () => ({ tree: { name: "root", children: [] } })) },
  "/api/v1/[...rest]": { GET: async () => new Response(null, { status: 404 }) },
};
const document = buildOpenApiDocument(routes, "1.2.3");

describe("the OpenAPI document", () => {
  it("is 3.1 with the version, and skips the catch-all and the 405 handlers", () => {
    expect(document.openapi).toBe("3.1.1");
    expect(document.info.version).toBe("1.2.3");
    expect(Object.keys(document.paths)).toEqual(["/api/v1/things", "/api/v1/things/{id}", "/api/v1/things/{id}/export", "/api/v1/trees"]);
    expect(Object.keys(document.paths["/api/v1/things"]!)).toEqual(["get", "post"]);
    expect(document.tags).toEqual([{ name: "things" }, { name: "trees" }]);
  });

  it("turns params and query into parameters, required as zod says", () => {
    const list = document.paths["/api/v1/things"]!.get!;
    expect(list.parameters).toEqual([
      { name: "q", in: "query", required: false, schema: { type: "string" } },
      { name: "page", in: "query", required: false, schema: { type: "number", default: 1 } },
    ]);
    expect(document.paths["/api/v1/things/{id}"]!.delete!.parameters).toMatchObject([{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }]);
  });

  it("describes answers as their JSON: dates are date-time strings; 201, 204, a file or stream, or not described yet", () => {
    const list = document.paths["/api/v1/things"]!.get!;
    const item = (list.responses["200"]!.content!["application/json"]!.schema as { properties: { things: { items: { properties: Record<string, unknown> } } } }).properties.things.items;
    expect(item.properties.at).toMatchObject({ type: "string", format: "date-time" });
    expect(item.properties.note).toEqual({ type: ["string", "null"] });
    expect(Object.keys(document.paths["/api/v1/things"]!.post!.responses)).toEqual(["201", "default"]);
    expect(document.paths["/api/v1/things"]!.post!.requestBody!.content["application/json"].schema).toMatchObject({ properties: { note: { type: "string" } }, required: ["note"] });
    expect(document.paths["/api/v1/things/{id}"]!.delete!.responses["204"]).toEqual({ description: "Done; no body." });
    expect(document.paths["/api/v1/things/{id}"]!.get!.responses["200"]!.content).toBeUndefined();
    expect(document.paths["/api/v1/things/{id}/export"]!.get!.responses["200"]).toEqual({ description: "The thing as CSV.", content: { "text/csv": { schema: { type: "string" } } } });
    expect(list.responses.default!.content!["application/problem+json"]!.schema).toEqual({ $ref: "#/components/schemas/Problem" });
  });

  it("says who may call: the role, and no security for public routes", () => {
    expect(document.paths["/api/v1/things"]!.get!).toMatchObject({ "x-juxta-role": "reviewer", security: [{ bearer: [] }, { cookie: [] }], summary: "List things." });
    expect(document.paths["/api/v1/things/{id}"]!.get!).toMatchObject({ "x-juxta-role": "public", security: [] });
    expect(document.paths["/api/v1/things"]!.post!.summary).toBe("POST /api/v1/things");
  });

  it("hoists named and recursive schemas into components, with references that point there", () => {
    expect(JSON.stringify(document.paths["/api/v1/trees"])).toContain('"$ref":"#/components/schemas/Tree"');
    expect(document.components.schemas.Tree).toMatchObject({ type: "object", properties: { children: { type: "array", items: { $ref: "#/components/schemas/Tree" } } } });
    expect(JSON.stringify(document)).not.toContain("$defs");
  });

  it("names paths and operations predictably", () => {
    expect(openApiPath("/api/v1/runs/[id]/items/[itemId]")).toBe("/api/v1/runs/{id}/items/{itemId}");
    expect(openApiPath("/api/v1/[...rest]")).toBeNull();
    expect(operationId("GET", "/api/v1/runs/{id}/items")).toBe("getRunsIdItems");
    expect(operationId("POST", "/api/v1/openapi.json")).toBe("postOpenapiJson");
  });
});
