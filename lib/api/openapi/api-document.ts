// Juxta's own OpenAPI document: every route file (the generated index) read once per process.
import { version } from "../../version";
import { buildOpenApiDocument, type OpenApiDocument, type RouteModules } from "./document";
import { routeModules } from "./route-index.generated";

let cached: OpenApiDocument | undefined;

export function apiDocument(): OpenApiDocument {
  // The index imports this module's own route too, so it is read lazily, never at import time.
  cached ??= buildOpenApiDocument(routeModules as RouteModules, version);
  return cached;
}
