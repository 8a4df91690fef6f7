// `juxta` runs from a precompiled bundle, built on first use and again whenever a source changed
// (bin/cli-bundle.js) — not from TypeScript compiled on the fly. Real processes, a bundle
// directory of the test's own (JUXTA_CLI_BUNDLE_DIR) so other tests' CLIs are not disturbed.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it, onTestFinished } from "vitest";
import { juxtaBin, runJuxta } from "../helpers/juxta-cli";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("the juxta bundle", () => {
  it("is built on first use, is what runs, and is rebuilt when a source changes", async () => {
    // Inside the project, as the real one is, so the bundle's npm imports resolve.
    const cache = path.join(import.meta.dirname, "..", "..", "node_modules", ".cache", "juxta");
    mkdirSync(cache, { recursive: true });
    const dir = mkdtempSync(path.join(cache, "test-bundle-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const env = { ...process.env, JUXTA_CLI_BUNDLE_DIR: dir };
    const first = await runJuxta(["--help"], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Compare LLM model variants");
    const bundle = path.join(dir, "juxta.mjs");
    expect(existsSync(bundle)).toBe(true);
    const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as { inputs: Record<string, string> };
    expect(Object.keys(manifest.inputs)).toEqual(expect.arrayContaining(["bin/juxta.ts", "lib/cli/run-commands.ts", "lib/runs/save-item.ts"]));

    // What runs is the bundle: a line put in it prints, and the sources are not compiled again.
    writeFileSync(bundle, `console.error("from the bundle");\n${readFileSync(bundle, "utf8")}`);
    const second = await runJuxta(["--help"], env);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain("from the bundle");

    // A source that changed since the build (its recorded size and mtime no longer match): rebuilt.
    manifest.inputs["lib/cli/run-commands.ts"] = "0:0";
    writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest));
    const third = await runJuxta(["--help"], env);
    expect(third.code).toBe(0);
    expect(third.stderr).not.toContain("from the bundle");
  });
});

/** A module hook (node:module register) that writes every npm package the process imports to `out`. */
function packageRecorder(dir: string, out: string): string {
  const hooks = path.join(dir, "hooks.mjs");
  writeFileSync(hooks, `import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  if (!/^(\\.|\\/|node:|file:|data:)/.test(specifier)) appendFileSync(${JSON.stringify(out)}, specifier + "\\n");
  return next(specifier, context);
}`);
  const register = path.join(dir, "register.mjs");
  writeFileSync(register, `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  return register;
}

describe("juxta replay", () => {
  it("loads only its HTTP client: not the database client, pg-boss or the provider SDKs", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "juxta-imports-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const out = path.join(dir, "packages.txt");
    writeFileSync(out, "");
    // Nothing listens on port 9: the command gets as far as its first request and fails there.
    const env = { ...process.env, JUXTA_URL: "http://127.0.0.1:9", JUXTA_TOKEN: "jx_test", NODE_OPTIONS: `--import=${pathToFileURL(packageRecorder(dir, out)).href}` };
    const replay = await runJuxta(["replay", "--prompt", "p", "--dataset", "d", "--variants", "a,b", "--json"], env);
    expect(replay.stderr).toContain("juxta:");
    const loaded = new Set(readFileSync(out, "utf8").split("\n").filter(Boolean));
    expect(loaded).toContain("commander");
    for (const heavy of ["@prisma/client", "@prisma/adapter-pg", "pg", "pg-boss", "openai", "@anthropic-ai/sdk", "next"]) {
      expect([...loaded].filter((specifier) => specifier === heavy || specifier.startsWith(`${heavy}/`)), heavy).toEqual([]);
    }
  });
});

describe("juxta worker", () => {
  it("caps its own heap (a child started with the cap) and dies with the command, even of SIGKILL", async () => {
    const command = spawn(process.execPath, [juxtaBin, "worker"], { env: { ...process.env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    command.stdout.on("data", (chunk) => (output += chunk));
    command.stderr.resume();
    await expect.poll(() => output, { timeout: 60_000, interval: 100 }).toContain("serving jobs");
    const children = readFileSync(`/proc/${command.pid}/task/${command.pid}/children`, "utf8").trim().split(/\s+/).map(Number);
    expect(children).toHaveLength(1);
    const worker = children[0]!;
    expect(readFileSync(`/proc/${worker}/cmdline`, "utf8").split("\0")).toContain("--max-old-space-size=160");
    command.kill("SIGKILL");
    await expect.poll(() => alive(worker), { timeout: 5_000, interval: 50 }).toBe(false);
  });
});
