// `npm test`: typecheck, lint, then every vitest project (unit, integration against a real
// PostgreSQL, end-to-end in Chromium). Ends with one plain line, "N passed, N failed", which CI
// reads; the static checks count as one test each.
//
// Two cores, used side by side: tsc and eslint (one core each) run at once; the web app the e2e
// files need is built (tests/setup/web-build.ts) while the unit and integration files run, and
// the e2e files run after them, in a vitest of their own, on a fresh build.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const extraArgs = process.argv.slice(2);
let passed = 0;
let failed = 0;
const lines = [];
const seconds = (started) => `${((Date.now() - started) / 1000).toFixed(1)}s`;

function record(label, ok, started) {
  lines.push(`${ok ? "✓" : "✗"} ${label} (${seconds(started)})`);
  if (ok) passed += 1;
  else failed += 1;
}

/** A command beside others: its output is kept, to be printed whole (the lines of several tools
 * interleaved would be unreadable). Resolves to whether it succeeded, and a printer. */
function quietly(label, command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: process.env });
    const output = [];
    child.stdout.on("data", (chunk) => output.push(chunk));
    child.stderr.on("data", (chunk) => output.push(chunk));
    child.on("close", (code) => {
      const print = () => {
        console.log(`\n▶ ${label}`);
        process.stdout.write(Buffer.concat(output));
      };
      resolve({ ok: code === 0, print });
    });
  });
}

/** A vitest run in the foreground (not spawnSync: a build may be running beside it, its output
 * read by this process); its JSON report is read back for the counts. */
async function vitest(label, report, args) {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  rmSync(report, { force: true });
  const child = spawn(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...args], { cwd: root, stdio: "inherit", env: process.env });
  const ok = await new Promise((resolve) => child.on("close", (code) => resolve(code === 0)));
  lines.push(`${ok ? "✓" : "✗"} ${label} (${seconds(started)})`);
  return { ok, results: existsSync(report) ? JSON.parse(readFileSync(report, "utf8")) : null };
}

function count({ ok, results }) {
  if (results) {
    passed += results.numPassedTests;
    failed += results.numFailedTests;
    // A suite that failed to load (syntax error, failed global setup) has no failed *tests*.
    if (!ok && results.numFailedTests === 0) failed += Math.max(1, results.numFailedTestSuites);
  } else if (!ok) {
    failed += 1;
  }
}

const resultsDir = path.join(root, "test-results");
mkdirSync(resultsDir, { recursive: true });
const report = path.join(resultsDir, "vitest.json");
rmSync(report, { force: true });

if (extraArgs.length > 0) {
  // A chosen part of the suite (`npm test -- <vitest args>`): one vitest, as given.
  count(await vitest("vitest", report, extraArgs));
} else {
  // Before any build: a build rewrites a stale route index, which this check must see.
  let started = Date.now();
  console.log("\n▶ route index is fresh");
  const indexCheck = spawnSync(bin("tsx"), ["--tsconfig", "tsconfig.node.json", "scripts/generate-route-index.ts", "--check"], { cwd: root, stdio: "inherit", env: process.env });
  record("route index is fresh", indexCheck.status === 0, started);

  started = Date.now();
  const lint = quietly("lint", bin("eslint"), ["--max-warnings=0", "."]).then(({ ok, print }) => (print(), record("lint", ok, started)));
  // Route types first (next typegen), so a stale .next/ cannot fail or fool the typecheck; the
  // build only after tsc, so that it never rewrites .next/types under a running tsc.
  const typecheck = quietly("typecheck", "sh", ["-c", `"${bin("next")}" typegen >/dev/null && "${bin("tsc")}" --noEmit`]).then(({ ok, print }) => (print(), record("typecheck", ok, started)));
  let buildStarted = 0;
  const build = typecheck.then(() => {
    buildStarted = Date.now();
    return quietly("web build for the e2e tests (ran beside the unit and integration files)", bin("tsx"), ["--tsconfig", "tsconfig.node.json", "tests/setup/web-build.ts"]);
  });
  await Promise.all([lint, typecheck]);

  const first = await vitest("vitest (unit, integration)", path.join(resultsDir, "vitest-unit-integration.json"), ["--project", "unit", "--project", "integration"]);
  count(first);
  const built = await build;
  built.print();
  // Not counted: a failed build fails the e2e files, which say why.
  lines.push(`${built.ok ? "✓" : "✗"} web build, beside the unit and integration files (${seconds(buildStarted)} until it was awaited, not counted)`);
  const second = await vitest("vitest (e2e)", path.join(resultsDir, "vitest-e2e.json"), ["--project", "e2e", "--project", "e2e-alone"]);
  count(second);
  // One report for whoever reads test-results/vitest.json (per-file times and results).
  const parts = [first.results, second.results].filter(Boolean);
  if (parts.length > 0) {
    const merged = { ...parts[0], testResults: parts.flatMap((part) => part.testResults), success: parts.every((part) => part.success) && parts.length === 2 };
    for (const key of Object.keys(parts[0]).filter((name) => name.startsWith("num"))) merged[key] = parts.reduce((sum, part) => sum + part[key], 0);
    writeFileSync(report, JSON.stringify(merged));
  }
}

console.log(`\n${lines.join("\n")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
