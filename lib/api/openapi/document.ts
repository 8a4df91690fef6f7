// The OpenAPI 3.1 document of /api/v1, written from the routes' own apiRoute() specs: each route
// file declares its request schemas, its response schema and a summary, and this module only
// reads them. Served at /api/v1/openapi.json and rendered at /api-docs.
import { z } from "zod";
import { SESSION_COOKIE } from "../../auth/login-sessions";
import { METHODS } from "../method-not-allowed";
import type { AnySpec, ApiHandler } from "../route";
import { SchemaCollector, type JsonSchema } from "./json-schema";

export type RouteModules = Record<string, Partial<Record<string, unknown>>>;

export interface Operation {
  operationId: string;
  summary: string;
  tags: string[];
  security: Record<string, string[]>[];
  "x-juxta-role": string;
  parameters?: { name: string; in: "path" | "query"; required: boolean; schema: JsonSchema }[];
  requestBody?: { required: true; content: { "application/json": { schema: JsonSchema } } };
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>;
}

// A type, not an interface, so that it fits the route's loose response schema.
export type OpenApiDocument = {
  openapi: "3.1.1";
  info: { title: string; version: string; description: string };
  jsonSchemaDialect: string;
  tags: { name: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, JsonSchema> };
};

const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

const problemResponse = {
  description: "A problem document (RFC 9457): 400 names the field, 401 no login, 403 too small a role, 404, 409, 413, 415, 503 with Retry-After.",
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
};

/** "/api/v1/runs/[id]/items" → "/api/v1/runs/{id}/items". The catch-all 404 route has no place. */
export function openApiPath(nextPath: string): string | null {
  if (nextPath.includes("[...")) return null;
  return nextPath.replace(/\[(\w+)\]/g, "{$1}");
}

export function isApiHandler(value: unknown): value is ApiHandler {
  return typeof value === "function" && "spec" in value;
}

export function buildOpenApiDocument(routes: RouteModules, version: string): OpenApiDocument {
  const schemas = new SchemaCollector();
  const paths: OpenApiDocument["paths"] = {};
  for (const [nextPath, routeModule] of Object.entries(routes).sort(([a], [b]) => a.localeCompare(b))) {
    const path = openApiPath(nextPath);
    if (!path) continue;
    for (const method of METHODS) {
      const handler = routeModule[method];
      if (!isApiHandler(handler)) continue;
      (paths[path] ??= {})[method.toLowerCase()] = operation(method, path, handler.spec, schemas);
    }
  }
  const tags = [...new Set(Object.values(paths).flatMap((item) => Object.values(item).flatMap((op) => op.tags)))].sort();
  return {
    openapi: "3.1.1",
    info: {
      title: "Juxta API",
      version,
      description: "JSON under /api/v1. Sign in with the login cookie (pages) or `Authorization: Bearer <token>` (CLI, scripts, CI). Errors are RFC 9457 problem documents. See docs/api-conventions.md.",
    },
    jsonSchemaDialect: "https://spec.openapis.org/oas/3.1/dialect/base",
    tags: tags.map((name) => ({ name })),
    paths,
    components: {
      schemas: { Problem: schemas.convert(problemSchema), ...schemas.components },
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API token (Settings → API tokens, or `juxta tokens create`)." },
        cookie: { type: "apiKey", in: "cookie", name: SESSION_COOKIE, description: "The login cookie of Juxta's own pages." },
      },
    },
  };
}

function operation(method: string, path: string, spec: AnySpec, schemas: SchemaCollector): Operation {
  const parameters = [...objectParameters(spec.params, "path", schemas), ...objectParameters(spec.query, "query", schemas)];
  return {
    operationId: operationId(method, path),
    summary: spec.summary ?? `${method} ${path}`,
    tags: [path.split("/")[3] ?? "api"],
    security: spec.role === "public" ? [] : [{ bearer: [] }, { cookie: [] }],
    "x-juxta-role": spec.role,
    ...(parameters.length > 0 && { parameters }),
    ...(spec.body && { requestBody: { required: true as const, content: { "application/json": { schema: schemas.convert(spec.body) } } } }),
    responses: { ...successResponse(spec, schemas), default: problemResponse },
  };
}

function successResponse(spec: AnySpec, schemas: SchemaCollector): Operation["responses"] {
  if (spec.response === null) return { "204": { description: "Done; no body." } };
  if (spec.response === undefined) return { "200": { description: "Not described in this document yet (a stream, a file, or a route still to be migrated)." } };
  if ("raw" in spec.response) return { "200": { description: spec.response.description, content: { [spec.response.raw]: { schema: { type: "string" } } } } };
  const status = String(spec.status ?? 200);
  return { [status]: { description: { "201": "Created.", "202": "Accepted; the work is queued." }[status] ?? "OK.", content: { "application/json": { schema: schemas.convert(spec.response) } } } };
}

/** Path and query schemas are objects; each property is one parameter. */
function objectParameters(schema: z.ZodType | undefined, location: "path" | "query", schemas: SchemaCollector) {
  if (!schema) return [];
  const converted = schemas.convert(schema);
  const properties = (converted.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((converted.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({ name, in: location, required: location === "path" || required.has(name), schema: property }));
}

/** "GET /api/v1/runs/{id}/items" → "getRunsIdItems": stable, unique per operation. */
export function operationId(method: string, path: string): string {
  const words = path.replace(/^\/api\/v1\//, "").split(/[^A-Za-z0-9]+/).filter(Boolean);
  return method.toLowerCase() + words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join("");
}
