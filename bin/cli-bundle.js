// The precompiled `juxta` CLI: bin/juxta.ts and everything it imports from lib/, bundled by esbuild
// into one ES module (npm packages stay external and load from node_modules). Starting it costs
// a third of a second where compiling the TypeScript on the fly with tsx cost about four.
// It is split (esbuild `splitting`): what bin/juxta.ts imports lazily — the database client,
// pg-boss, the provider SDKs, for the commands that need them — sits in chunks of its own, so a
// command that only speaks HTTP (`juxta replay`) loads only that.
//
// The bundle is built on first use and rebuilt whenever one of its sources changed: a manifest
// lists every input with its size and mtime, and a start checks them (a few ms). Builds write to
// a temporary directory and move in, the entry last: chunks are named by their content hash, so
// CLIs started at the same time never see half a bundle, and one still running on the previous
// entry still finds the chunks it loads later (chunks no build has written for a day are removed).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
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

const CHUNKS = "chunks";
const STALE_CHUNK_MS = 24 * 3600_000;

async function build(dir) {
  const { build: esbuild, stop } = await import("esbuild");
  const temporary = path.join(dir, `build.${process.pid}.${Date.now()}`);
  mkdirSync(path.join(dir, CHUNKS), { recursive: true });
  const result = await esbuild({
    entryPoints: { juxta: entry },
    absWorkingDir: root,
    outdir: temporary,
    outExtension: { ".js": ".mjs" },
    chunkNames: `${CHUNKS}/[name]-[hash]`,
    bundle: true,
    splitting: true,
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
  const written = new Set(existsSync(path.join(temporary, CHUNKS)) ? readdirSync(path.join(temporary, CHUNKS)) : []);
  for (const chunk of written) renameSync(path.join(temporary, CHUNKS, chunk), path.join(dir, CHUNKS, chunk));
  renameSync(path.join(temporary, "juxta.mjs"), path.join(dir, "juxta.mjs"));
  rmSync(temporary, { recursive: true, force: true });
  for (const chunk of readdirSync(path.join(dir, CHUNKS))) {
    const file = path.join(dir, CHUNKS, chunk);
    if (!written.has(chunk) && Date.now() - statSync(file).mtimeMs > STALE_CHUNK_MS) rmSync(file, { force: true });
  }
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
