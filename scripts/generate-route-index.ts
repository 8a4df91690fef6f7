// Rewrites lib/api/openapi/route-index.generated.ts after a route file is added or removed.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { ROUTE_INDEX_FILE, routeIndexSource } from "../lib/api/openapi/route-index-source";

const root = path.resolve(import.meta.dirname, "..");
writeFileSync(path.join(root, ROUTE_INDEX_FILE), routeIndexSource(path.join(root, "app", "api")));
console.log(`wrote ${ROUTE_INDEX_FILE}`);
