// The route index is rewritten without a manual step: writeRouteIndex on a small tree, and the
// npm scripts a developer runs anyway (build, dev, typecheck, lint) run it first.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ROUTE_INDEX_FILE, writeRouteIndex } from "./route-index-source";

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

function tree(routes: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), "juxta-route-index-"));
  roots.push(root);
  mkdirSync(path.join(root, path.dirname(ROUTE_INDEX_FILE)), { recursive: true });
  for (const route of routes) addRoute(root, route);
  return root;
}

function addRoute(root: string, route: string) {
  mkdirSync(path.join(root, "app", route), { recursive: true });
  writeFileSync(path.join(root, "app", route, "route.ts"), "export {};\n");
}

describe("writeRouteIndex", () => {
  it("writes the index, leaves a fresh one alone, and rewrites it when a route file is added", () => {
    const root = tree(["api/v1/things"]);
    const index = () => readFileSync(path.join(root, ROUTE_INDEX_FILE), "utf8");
    expect(writeRouteIndex(root)).toBe(true);
    expect(index()).toContain('"/api/v1/things": route0,');
    expect(writeRouteIndex(root)).toBe(false);
    addRoute(root, "api/v1/things/[id]");
    expect(writeRouteIndex(root)).toBe(true);
    expect(index()).toContain('"/api/v1/things/[id]": route1,');
  });
});

describe("the npm scripts", () => {
  const { scripts } = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../../package.json"), "utf8")) as { scripts: Record<string, string> };

  it("regenerate the index before build, dev, typecheck and lint", () => {
    expect(scripts.routes).toContain("scripts/generate-route-index.ts");
    for (const name of ["build", "dev", "typecheck", "lint"]) expect(scripts[name], name).toMatch(/^npm run routes && /);
  });
});
