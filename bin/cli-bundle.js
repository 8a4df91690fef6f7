// The precompiled `juxta` CLI: bin/juxta.ts and everything it imports from lib/, bundled by esbuild
// into one ES module (npm packages stay external and load from node_modules). Starting it costs
// a third of a second where compiling the TypeScript on the fly with tsx cost about four.
//
// The bundle is built on first use and rebuilt whenever one of its sources changed: a manifest
// lists every input with its size and mtime, and a start checks them (a few ms). Builds write to
// a temporary file and rename it, so CLIs started at the same time never see half a bundle.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const entry = path.join(root, "bin", "juxta.ts");

/** Inside node_modules so bare imports resolve from the project; JUXTA_CLI_BUNDLE_DIR for tests. */
export function bundleDir(env = process.env) {
  return env.JUXTA_CLI_BUNDLE_DIR ?? path.join(root, "node_modules", ".cache", "juxta", "cli");
}

function stamp(file) {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats ? `${stats.size}:${stats.mtimeMs}` : "missing";
}

function isFresh(dir) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8"));
  } catch {
    return false;
  }
  if (!existsSync(path.join(dir, "juxta.mjs"))) return false;
  return Object.entries(manifest.inputs).every(([file, expected]) => stamp(path.join(root, file)) === expected);
}

/** The bundle sits elsewhere than its sources: each file's import.meta.url / dirname is fixed to
 * the source's own, so paths computed from them (migrations, the project root) stay right. */
const sourceLocation = {
  name: "source-location",
  setup(build) {
    build.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = readFileSync(args.path, "utf8");
      if (!source.includes("import.meta")) return undefined;
      const contents = source
        .replaceAll("import.meta.dirname", JSON.stringify(path.dirname(args.path)))
        .replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href));
      return { contents, loader: "ts" };
    });
  },
};

async function build(dir) {
  const { build: esbuild, stop } = await import("esbuild");
  mkdirSync(dir, { recursive: true });
  const temporary = path.join(dir, `juxta.${process.pid}.${Date.now()}.mjs`);
  const result = await esbuild({
    entryPoints: [entry],
    absWorkingDir: root,
    outfile: temporary,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    // Server code imports "server-only" (docs/code-layout.md); the CLI is server code, and plain
    // Node has no such package: the same empty module Next uses on the server, bundled in.
    alias: { "server-only": "./node_modules/next/dist/compiled/server-only/empty.js" },
    metafile: true,
    logLevel: "error",
    plugins: [sourceLocation],
  });
  // esbuild's service process would otherwise live on beside the command (and its worker child)
  // for as long as the command runs.
  await stop();
  const inputs = Object.fromEntries(Object.keys(result.metafile.inputs).map((file) => [file, stamp(path.join(root, file))]));
  // Also rebuild when the build itself changes (this file, the tsconfig paths it resolves).
  for (const file of ["bin/cli-bundle.js", "tsconfig.json"]) inputs[file] = stamp(path.join(root, file));
  renameSync(temporary, path.join(dir, "juxta.mjs"));
  const manifest = path.join(dir, `manifest.${process.pid}.json`);
  writeFileSync(manifest, JSON.stringify({ inputs }));
  renameSync(manifest, path.join(dir, "manifest.json"));
}

/** The path of an up-to-date bundle, built first when missing or stale. */
export async function freshBundle(env = process.env) {
  const dir = bundleDir(env);
  if (!isFresh(dir)) await build(dir);
  return path.join(dir, "juxta.mjs");
}
