// `juxta replay|runs show --junit FILE` as CI runs it: a real CLI process writes the report, and
// a real XML parser (Chromium's DOMParser) reads it back: a test case per item, the failures with
// their assertions' reasons, the errors with the provider's, the tripped --fail-on conditions.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as outcomesRoute from "../../app/api/v1/runs/[id]/outcomes/route";
import * as runRoute from "../../app/api/v1/runs/[id]/route";
import * as summaryRoute from "../../app/api/v1/runs/[id]/summary/route";
import * as runsRoute from "../../app/api/v1/runs/route";
import { db } from "../../lib/db/client";
import { closeJobSender } from "../../lib/jobs/sender";
import { startWorker, type RunningWorker } from "../../lib/worker/worker";
import { launchBrowser } from "../helpers/browser";
import { runJuxta } from "../helpers/juxta-cli";
import { startRouteServer } from "../helpers/route-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";
import { startWireServer, type WireServer } from "../fixtures/wire-server";

let wire: WireServer;
let world: RunWorld;
let worker: RunningWorker;
let server: Awaited<ReturnType<typeof startRouteServer>>;
let browser: Browser;
const dir = mkdtempSync(path.join(tmpdir(), "juxta-junit-"));

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["echo", "broken"], 4);
  wire.behave("echo", { echo: true, chunkDelayMs: 1 });
  wire.behave("broken", { alwaysFault: { type: "status", status: 400, message: "bad model" } });
  // Two cases now ask about elsewhere: the echo no longer contains "Country0" / "Country1".
  await db().testCase.updateMany({ where: { datasetId: world.datasetId, position: { in: [0, 1] } }, data: { variables: { country: "Elsewhere" } } });
  worker = await startWorker(process.env.DATABASE_URL!);
  server = await startRouteServer({ "/api/v1/runs": runsRoute, "/api/v1/runs/[id]": runRoute, "/api/v1/runs/[id]/summary": summaryRoute, "/api/v1/runs/[id]/outcomes": outcomesRoute });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await worker?.stop();
  await closeJobSender();
  await wire?.close();
});

const juxtaCli = (...args: string[]) => runJuxta(args, { ...process.env, JUXTA_URL: server.url, JUXTA_TOKEN: world.token });

interface Parsed {
  error: string | null;
  suites: Array<{ name: string; tests: string; failures: string; errors: string; cases: Array<{ name: string; failure: string | null; error: string | null; skipped: boolean }> }>;
}

/** The report as an XML parser reads it; `error` is the parser's complaint, if any. */
async function parseJunit(xml: string): Promise<Parsed> {
  const page = await browser.newPage();
  try {
    return await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const problem = doc.querySelector("parsererror");
      return {
        error: problem ? (problem.textContent ?? "parsererror") : null,
        suites: [...doc.querySelectorAll("testsuites > testsuite")].map((suite) => ({
          name: suite.getAttribute("name") ?? "",
          tests: suite.getAttribute("tests") ?? "",
          failures: suite.getAttribute("failures") ?? "",
          errors: suite.getAttribute("errors") ?? "",
          cases: [...suite.querySelectorAll("testcase")].map((test) => ({
            name: test.getAttribute("name") ?? "",
            failure: test.querySelector("failure")?.getAttribute("message") ?? null,
            error: test.querySelector("error")?.getAttribute("message") ?? null,
            skipped: test.querySelector("skipped") !== null,
          })),
        })),
      };
    }, xml);
  } finally {
    await page.close();
  }
}

describe("juxta … --junit FILE", () => {
  it("writes a test case per item: assertion failures with their reasons, errors with the provider's", async () => {
    const file = path.join(dir, "replay.xml");
    const result = await juxtaCli("replay", "--prompt", world.promptName, "--dataset", world.datasetName, "--variants", "v-echo,v-broken", "--fail-on", "assertions", "--junit", file);
    expect(result.code, result.stderr).toBe(1);
    const report = await parseJunit(readFileSync(file, "utf8"));
    expect(report.error).toBeNull();
    const [echo, broken, failOn] = report.suites;
    expect(report.suites).toHaveLength(3);

    expect(echo).toMatchObject({ tests: "4", failures: "2", errors: "0" });
    expect(echo!.name).toMatch(/ · v-echo$/);
    expect(echo!.cases.map((test) => test.name)).toEqual(['case 1 · "Elsewhere" · rep 1', 'case 2 · "Elsewhere" · rep 1', 'case 3 · "Country2" · rep 1', 'case 4 · "Country3" · rep 1']);
    // The reason lib/assertions/evaluate.ts gives for a missing "contains" value.
    expect(echo!.cases.map((test) => test.failure)).toEqual(['contains: "Country0" does not appear.', 'contains: "Country1" does not appear.', null, null]);

    expect(broken).toMatchObject({ tests: "4", failures: "0", errors: "4" });
    expect(broken!.cases[0]!.error).toMatch(/^bad_request: .*bad model/);

    // The command exits 1 because --fail-on assertions tripped: the report says so too.
    expect(failOn!.cases.map((test) => test.failure)).toEqual(expect.arrayContaining([expect.stringMatching(/^v-echo: 2 of 4 answers failed/), expect.stringMatching(/^v-broken: 4 of 4 answers failed/)]));

    // `runs show` writes the same test cases for a run that already ended.
    const runId = /\/runs\/([0-9a-f-]{36})\s*$/.exec(result.stdout)![1]!;
    const again = path.join(dir, "show.xml");
    expect((await juxtaCli("runs", "show", runId, "--junit", again)).code).toBe(0);
    const shown = await parseJunit(readFileSync(again, "utf8"));
    expect(shown.suites.map((suite) => [suite.tests, suite.failures, suite.errors])).toEqual([
      ["4", "2", "0"],
      ["4", "0", "4"],
    ]);
  });

  it("writes a green report for a load run whose requests all answer", async () => {
    const file = path.join(dir, "load.xml");
    const result = await juxtaCli("load", "--prompt", world.promptName, "--variant", "v-echo", "--requests", "3", "--concurrency", "1", "--var", "country=Peru", "--junit", file);
    expect(result.code, result.stderr).toBe(0);
    const report = await parseJunit(readFileSync(file, "utf8"));
    expect(report.error).toBeNull();
    expect(report.suites).toHaveLength(1);
    expect(report.suites[0]).toMatchObject({ tests: "3", failures: "0", errors: "0" });
    expect(report.suites[0]!.cases[0]!.name).toBe("request · rep 1 · @1");
  });
});
