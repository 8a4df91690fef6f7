// Keeps `npm run bench` working: its quick mode runs here on the test database. It checks that
// the harness measures and reports, never how fast anything is (speed is not asserted in tests).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");

describe("npm run bench --quick", () => {
  it("runs every scenario it has and prints the table", () => {
    const result = spawnSync(process.execPath, [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "--tsconfig", "tsconfig.node.json", "bench/run.ts", "--quick", "--no-write"], {
      cwd: root,
      env: { ...process.env },
      encoding: "utf8",
      timeout: 220_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("| Scenario | Measure | Value | Target | Met |");
    expect(result.stdout).toMatch(/server-added TTFT, 8 columns \(p50 \/ p95\) \| \d+\.\d \/ \d+\.\d ms/);
    for (const scenario of ["1. Replay throughput", "2. Realistic latency", "4. Scale", "6. Big import", "7. Agreement", "8. Replay end to end", "9. Worker memory", "10. Million"]) expect(result.stdout).toContain(`| ${scenario} |`);
    expect(result.stdout).toMatch(/\| 7\. Agreement \| ordinal alpha, 20,000 ratings \([\d,]+ answers\) \| \d+\.\d ms \(α = 0\.\d{3}\) \| ≤ 50 ms \|/);
    expect(result.stdout).toMatch(/server-added TTFT, 12 columns \(p50 \/ p95\) \| \d+\.\d \/ \d+\.\d ms/);
    expect(result.stdout).toMatch(/`juxta replay --json` spawn → exit vs raw SDK process, 8 prompts × 2 variants at 4 \(completions\/s\) \| \d+ \/ \d+ = \d\.\d\d×/);
    expect(result.stdout).toMatch(/worker peak RSS, 40-item run, defaults \| (\d+ MB \(the command waiting for it: \d+ MB\)|not measurable here) \|/);
  }, 240_000); // scenarios 8 and 9 start a CLI, a raw-SDK process and two workers
});
