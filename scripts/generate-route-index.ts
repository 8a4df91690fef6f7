// Rewrites lib/api/openapi/route-index.generated.ts when a route file was added or removed: run by
// `npm run routes`, which build, dev, typecheck and lint run first (package.json), and by
// `juxta start`'s build step. With --check it writes nothing and fails when the committed index is
// stale: `npm test` runs that before any test can start a `juxta start` that would rewrite it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROUTE_INDEX_FILE, routeIndexSource, writeRouteIndex } from "../lib/api/openapi/route-index-source";

const root = path.resolve(import.meta.dirname, "..");
if (process.argv.includes("--check")) {
  if (readFileSync(path.join(root, ROUTE_INDEX_FILE), "utf8") !== routeIndexSource(path.join(root, "app", "api"))) {
    console.error(`${ROUTE_INDEX_FILE} is stale: run \`npm run routes\` and commit it`);
    process.exit(1);
  }
} else if (writeRouteIndex(root)) {
  console.log(`wrote ${ROUTE_INDEX_FILE}`);
}
