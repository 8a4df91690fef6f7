// `npm test`: typecheck, lint, then every vitest project (unit, integration against a real
// PostgreSQL, end-to-end in Chromium). Ends with one plain line, "N passed, N failed", which CI
// reads; the static checks count as one test each.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const extraArgs = process.argv.slice(2);
let passed = 0;
let failed = 0;
const lines = [];

function step(label, command, args) {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: process.env });
  const ok = result.status === 0;
  lines.push(`${ok ? "✓" : "✗"} ${label} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  return ok;
}

if (extraArgs.length === 0) {
  for (const [label, command, args] of [
    // Route types first (next typegen), so a stale .next/ cannot fail or fool the typecheck.
    ["typecheck", "sh", ["-c", `"${bin("next")}" typegen >/dev/null && "${bin("tsc")}" --noEmit`]],
    ["lint", bin("eslint"), ["--max-warnings=0", "."]],
    // Before vitest: an e2e test's `juxta start` rewrites a stale index while it builds.
    ["route index is fresh", bin("tsx"), ["--tsconfig", "tsconfig.node.json", "scripts/generate-route-index.ts", "--check"]],
  ]) {
    if (step(label, command, args)) passed += 1;
    else failed += 1;
  }
}

mkdirSync(path.join(root, "test-results"), { recursive: true });
const report = path.join(root, "test-results", "vitest.json");
rmSync(report, { force: true });
const vitestOk = step("vitest (unit, integration, e2e)", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${report}`,
  ...extraArgs,
]);
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, "utf8"));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A suite that failed to load (syntax error, failed global setup) has no failed *tests*.
  if (!vitestOk && results.numFailedTests === 0) failed += Math.max(1, results.numFailedTestSuites);
} else if (!vitestOk) {
  failed += 1;
}

console.log(`\n${lines.join("\n")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
