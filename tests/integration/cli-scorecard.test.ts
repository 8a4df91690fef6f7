// `juxta scorecard` as a real process talking HTTP to the real route, on the fixed matrix of
// tests/helpers/scorecard-matrix.ts (figures worked out in tests/integration/scorecard.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as scorecardRoute from "../../app/api/v1/runs/[id]/scorecard/route";
import type { RunScorecard } from "../../lib/decide/scorecard";
import { runJuxta } from "../helpers/juxta-cli";
import { startRouteServer } from "../helpers/route-server";
import { createScorecardMatrix, type ScorecardMatrix } from "../helpers/scorecard-matrix";

let matrix: ScorecardMatrix;
let server: Awaited<ReturnType<typeof startRouteServer>>;

beforeAll(async () => {
  matrix = await createScorecardMatrix();
  server = await startRouteServer({ "/api/v1/runs/[id]/scorecard": scorecardRoute });
});
afterAll(async () => {
  await server?.close();
});

const juxtaCli = (...args: string[]) => runJuxta(args, { ...process.env, JUXTA_URL: server.url, JUXTA_TOKEN: matrix.reviewerToken });

describe("juxta scorecard", () => {
  it("prints the ranked table with the sentences and the Pareto-optimal variants", async () => {
    const result = await juxtaCli("scorecard", "--run", matrix.runId);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("Scorecard of fixed matrix · 5 cases · weights from the defaults");
    // Ranked beta, alpha, gamma with the scores of the default weights (0.752, 0.610, 0.333).
    expect(lines[3]).toMatch(/^beta\s+1\s+1\s+0\.75\s+80 % \(38 %–96 %, n = 5\)/);
    expect(lines[4]).toMatch(/^alpha\s+2\s+1\s+0\.61\s+80 % /);
    expect(lines[5]).toMatch(/^gamma\s+3\s+2\s+0\.33\s+0 % /);
    expect(result.stdout).toContain("beta and alpha cannot be separated");
    expect(result.stdout).toContain("Pareto-optimal on pass rate and cost per useful answer: beta\n");
    expect(result.stdout).toContain("Pareto-optimal on pass rate and p95 total latency: alpha, gamma\n");
  });

  it("prints JSON, CSV and Markdown for machines and documents", async () => {
    const json = await juxtaCli("scorecard", "--run", matrix.runId, "--json");
    expect(json.code).toBe(0);
    const scorecard = JSON.parse(json.stdout) as RunScorecard;
    expect(scorecard.rows.map((row) => row.name)).toEqual(["beta", "alpha", "gamma"]);
    const csv = await juxtaCli("scorecard", "--run", matrix.runId, "--csv");
    expect(csv.code).toBe(0);
    const rows = csv.stdout.trim().split("\r\n");
    expect(rows).toHaveLength(4);
    expect(rows[3]!.split(",").slice(0, 4)).toEqual(["3", "2", "gamma", "0.333333"]);
    const markdown = await juxtaCli("scorecard", "--run", matrix.runId, "--md");
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain("| 1 | 1 | beta | 0.75 (");
  });

  it("exits 2 on usage mistakes: two formats, a load run, an id that is not one", async () => {
    const both = await juxtaCli("scorecard", "--run", matrix.runId, "--csv", "--md");
    expect(both).toMatchObject({ code: 2, stdout: "" });
    expect(both.stderr).toContain("Choose one of --json, --csv and --md.");
    const load = await juxtaCli("scorecard", "--run", matrix.loadRunId);
    expect(load.code).toBe(2);
    expect(load.stderr).toContain("this run is a load test");
    const bad = await juxtaCli("scorecard", "--run", "nope");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Ids are UUIDs.");
    expect((await juxtaCli("scorecard")).code).toBe(2);
  });
});
