// An engineer replays a dataset against variants: builds the run in the UI, watches it progress,
// reads the summary, charts and matrix, opens an answer and its diff against a baseline run; then
// does the same from the CLI as CI would (a 200-case dataset, three variants) and finds that run
// in the UI too. Everything runs on the built-in simulated provider, through the real worker.
import { spawn } from "node:child_process";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoCspViolations, launchBrowser, screenshot, pageRequest } from "../helpers/browser";
import { startJuxtaServer, type JuxtaServer } from "../helpers/juxta-server";

let server: JuxtaServer;
let browser: Browser;
let page: Page;
let token = "";
const juxta = path.resolve(import.meta.dirname, "..", "..", "bin", "juxta.js");

const api = <T>(method: "GET" | "POST" | "PATCH", route: string, data?: unknown) => pageRequest<T>(page, method, `${server.baseUrl}/api/v1${route}`, data);

beforeAll(async () => {
  server = await startJuxtaServer("runs");
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await api("POST", "/setup", { name: "Eve", email: "eve@example.com", password: "correct horse battery" });
  // Faster simulated answers keep the suite quick; the shape of the run is the same.
  const { providers } = await api<{ providers: Array<{ id: string; kind: string }> }>("GET", "/providers");
  await api("PATCH", `/providers/${providers.find((provider) => provider.kind === "simulated")!.id}`, { settings: { simulated: { speed: 8, profiles: {} } } });
  const { models } = await api<{ models: Array<{ id: string; modelId: string }> }>("GET", "/models");
  for (const name of ["sim-fast", "sim-balanced", "sim-large"]) {
    await api("POST", "/variants", { name: `${name}-v`, modelId: models.find((model) => model.modelId === name)!.id, temperature: 0 });
  }
  await api("POST", "/prompts", { name: "support", messages: [{ role: "user", content: "Answer the customer about {{topic}}." }] });
  token = (await api<{ token: { token: string } }>("POST", "/tokens", { name: "ci" })).token.token;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function startRunInUi(options: { baseline?: boolean; repetitions?: number }) {
  await page.goto(`${server.baseUrl}/runs/new`);
  await page.getByLabel("Prompt").selectOption({ label: "support (v1)" });
  await page.getByLabel("Dataset").selectOption({ label: "faq (6 cases)" });
  for (const name of ["sim-fast-v", "sim-balanced-v"]) await page.getByRole("checkbox", { name: new RegExp(`^${name}`) }).check();
  if (options.baseline) await page.getByLabel("Baseline run").selectOption({ index: 1 });
  if (options.repetitions) await page.getByLabel("Repetitions").fill(String(options.repetitions));
  await page.getByRole("button", { name: "+ Add assertion" }).click();
  await page.getByLabel("Assertion text").fill("Simulated answer");
  await page.getByRole("button", { name: "Start run" }).click();
  await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
  return page.url().split("/").pop()!;
}

describe("runs", () => {
  it("imports a dataset from CSV", async () => {
    await page.goto(`${server.baseUrl}/datasets`);
    await page.getByLabel("Name").fill("faq");
    await page.getByRole("button", { name: "Create dataset" }).click();
    await page.waitForURL(/\/datasets\/[0-9a-f-]{36}$/);
    const csv = `topic\n${["refunds", "shipping times", "password reset", "invoices", "cancelling", "data export"].join("\n")}\n`;
    await page.getByRole("button", { name: "Import a file" }).click();
    await page.getByTestId("file-drop").locator('input[type="file"]').setInputFiles({ name: "faq.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await expect.poll(() => page.getByTestId("import-summary").textContent()).toContain("6 cases ready");
    await page.getByRole("button", { name: "Import 6 cases" }).click();
    await expect.poll(() => page.getByTestId("cases-table").locator("tbody tr").count().catch(() => 0)).toBe(6);
  });

  it("starts a replay in the UI and shows progress, summary, charts and the matrix", async () => {
    await startRunInUi({});
    await page.getByTestId("run-progress").waitFor();
    await expect.poll(() => page.getByTestId("run-status").textContent(), { timeout: 60_000 }).toBe("done");
    await expect.poll(() => page.getByTestId("matrix-cell").count()).toBe(12);
    // The status flips first; the matrix and summary are read once more right after.
    await expect.poll(() => page.locator('[data-testid="matrix-cell"][data-verdict="pass"]').count()).toBe(12);
    await expect.poll(() => page.getByTestId("variant-summary").textContent()).toMatch(/sim-fast-v6\/6100 % \(61–100 %, n = 6\)/);
    // The estimate made at the start, against what the calls cost.
    await expect.poll(() => page.getByTestId("run-cost").textContent()).toMatch(/^estimated \$0\.\d+ · spent \$0\.\d+$/);
    await page.getByTestId("chart-histogram").locator(".recharts-bar-rectangle").first().waitFor();
    await page.getByTestId("chart-cost").waitFor();
    await screenshot(page, "50-run-done");
  });

  it("runs again against that baseline and opens an answer with its word diff", async () => {
    // Edit case 1 in the dataset: the second run asks it differently, so its answers change.
    await page.goto(`${server.baseUrl}/datasets`);
    await page.getByRole("link", { name: "faq" }).click();
    await page.getByRole("button", { name: "Edit case 1" }).click();
    await page.getByLabel("{{topic}}").fill("refunds for damaged parcels");
    await page.getByRole("button", { name: "Save case" }).click();
    await page.getByRole("cell", { name: "refunds for damaged parcels" }).waitFor();
    await startRunInUi({ baseline: true });
    await expect.poll(() => page.getByTestId("run-status").textContent(), { timeout: 60_000 }).toBe("done");
    await page.getByTestId("baseline-summary").waitFor();
    await expect.poll(() => page.getByTestId("baseline-summary").textContent()).toContain("matched12");
    const baseline = await page.getByTestId("baseline-summary").textContent();
    expect(baseline).toContain("unchanged10");
    expect(baseline).toContain("changed text2");
    await expect.poll(() => page.getByTestId("matrix-cell").first().textContent()).toContain("Δ changed");
    // Is the difference real? Sentences with n and intervals, and a forest plot.
    const comparisons = page.getByTestId("run-comparisons");
    await comparisons.waitFor();
    await expect.poll(() => comparisons.getByTestId("comparison-sentences").textContent()).toContain("paired cases — a small sample");
    expect(await comparisons.textContent()).toMatch(/sim-fast-v in this run|sim-balanced-v/);
    // Equal pass rates on 6 cases: the planner calls them effectively tied (155 cases for 5 points > 60).
    expect(await comparisons.getByTestId("comparison-plan").first().textContent()).toBe("Effectively tied: detecting a 5-point difference would take more than ten times the 6 paired cases here.");
    await page.getByLabel("Comparison metric").selectOption("total_ms_p50");
    await comparisons.getByTestId("forest-plot").locator(".recharts-scatter-symbol").first().waitFor();
    await comparisons.scrollIntoViewIfNeeded();
    await screenshot(page, "50b-run-comparisons");
    await page.getByTestId("matrix-cell").first().click();
    const dialog = page.getByRole("dialog", { name: "Answer" });
    await dialog.getByTestId("item-answer").waitFor();
    expect(await dialog.getByTestId("item-assertions").textContent()).toContain("contains");
    await dialog.getByRole("tab", { name: "Diff vs baseline" }).click();
    await dialog.getByTestId("word-diff").waitFor();
    expect(await dialog.getByTestId("word-diff").locator("ins").count()).toBeGreaterThan(0);
    expect(await dialog.getByTestId("word-diff").locator("del").count()).toBeGreaterThan(0);
    await screenshot(page, "51-run-diff");

    // Reviewers rate and annotate run answers where they read them.
    await dialog.getByRole("button", { name: "Rate correctness 4" }).click();
    await expect.poll(() => dialog.getByRole("button", { name: "Rate correctness 4" }).getAttribute("aria-pressed")).toBe("true");
    await dialog.getByText("correctness 4.0").waitFor();
    await dialog.getByRole("button", { name: /^Comment/ }).click();
    await dialog.getByLabel("Comment", { exact: true }).fill("Mentions the parcel, good");
    await dialog.getByRole("button", { name: "Add comment" }).click();
    await dialog.getByTestId("annotation").getByText("Mentions the parcel, good").waitFor();
    await dialog.getByTestId("annotation").getByRole("button", { name: "edit" }).click();
    await dialog.getByRole("textbox", { name: "Edit comment" }).fill("Mentions the damaged parcel");
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.getByTestId("annotation").getByText("Mentions the damaged parcel").waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
  });

  it("repeats each case three times and shows pass@k, pass^k and flaky cases with intervals over cases", async () => {
    await startRunInUi({ repetitions: 3 });
    await expect.poll(() => page.getByTestId("run-status").textContent(), { timeout: 60_000 }).toBe("done");
    const repetitions = page.getByTestId("run-repetitions");
    await repetitions.waitFor();
    const text = await repetitions.textContent();
    expect(text).toContain("each case run 3 times");
    expect(text).toContain("pass@3");
    // Every try passes: 6 of 6 cases, Wilson [6 / (6 + 1.96²), 1] = [0.61, 1].
    expect(text).toMatch(/sim-fast-v100 % \(61–100 %\)100 % \(61–100 %\)0 · 0 % \(0–39 %\)/);
    await repetitions.scrollIntoViewIfNeeded();
    await screenshot(page, "51b-run-repetitions");
  });

  it("load-tests one variant over a concurrency sweep and charts percentiles against concurrency", async () => {
    await page.goto(`${server.baseUrl}/runs/new`);
    await page.getByRole("radio", { name: "Load test" }).click();
    await page.getByLabel("Prompt").selectOption({ label: "support (v1)" });
    await page.getByLabel("{{topic}}").fill("refunds");
    await page.getByRole("radio", { name: /^sim-fast-v/ }).check();
    await page.getByLabel("Requests per level").fill("6");
    await page.getByLabel("Concurrency levels").fill("1,3");
    await page.getByRole("button", { name: "Start run" }).click();
    await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId("run-status").textContent(), { timeout: 60_000 }).toBe("done");
    // Attached, not visible: a perfectly flat line has a zero-height box, which Playwright calls hidden.
    await expect.poll(() => page.getByTestId("chart-percentiles").locator(".recharts-line-curve").count()).toBe(3);
    await expect.poll(() => page.getByTestId("level-summary").textContent()).toMatch(/@16\/6.*@36\/6/);
    await screenshot(page, "52-load-run");
  });

  it("replays 200 cases against three variants from the CLI with a CI exit code, and shows that run in the UI", async () => {
    const { dataset } = await api<{ dataset: { id: string } }>("POST", "/datasets", { name: "big" });
    const lines = Array.from({ length: 200 }, (_, i) => JSON.stringify({ variables: { topic: `question ${i}` } }));
    await api("POST", `/datasets/${dataset.id}/import`, { format: "jsonl", content: lines.join("\n") });
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        [juxta, "replay", "--prompt", "support", "--dataset", "big", "--variants", "sim-fast-v,sim-balanced-v,sim-large-v", "--concurrency", "16", "--fail-on", "errors>0.01", "--name", "ci-gate"],
        { env: { ...process.env, JUXTA_URL: server.baseUrl, JUXTA_TOKEN: token } },
      );
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk) => (stdout += chunk));
      child.stderr.on("data", (chunk) => (stderr += chunk));
      child.on("exit", (code) => resolve({ code, stdout, stderr }));
    });
    expect(result.stderr).toContain("600/600 100%");
    expect(result.code).toBe(0);
    // Columns as on the run page (lib/runs/summary-columns.ts): done, pass rate, then errors.
    for (const name of ["sim-fast-v", "sim-balanced-v", "sim-large-v"]) expect(result.stdout).toMatch(new RegExp(`${name}\\s+200/200\\s+.+%.*\\s0 · 0 %`));
    const url = result.stdout.trim().split("\n").pop()!;
    expect(url).toMatch(/\/runs\/[0-9a-f-]{36}$/);

    await page.goto(url);
    await expect.poll(() => page.getByTestId("run-status").textContent()).toBe("done");
    // The matrix is virtualised: 200 rows exist, only those in view are in the page.
    await page.getByTestId("matrix-row").first().waitFor();
    expect(await page.getByTestId("matrix-row").count()).toBeLessThan(40);
    // Items arrive a page at a time: scroll to the end once all 200 rows are there (and again, should
    // a late page grow the scroller after the scroll).
    await page.getByText("Case (200)", { exact: true }).waitFor();
    await expect
      .poll(async () => {
        await page.getByTestId("matrix-scroller").evaluate((element) => (element.scrollTop = element.scrollHeight));
        return page.getByText("Case 200", { exact: true }).count();
      })
      .toBe(1);
    await screenshot(page, "53-cli-run");
  });

  it("hands run answers to the review queue as blind pairs, and the leaderboard ranks them", async () => {
    await page.goto(`${server.baseUrl}/review`);
    await page.getByTestId("review-pair").waitFor();
    // Only runs have answers on this server, so the pair is two variants' answers to one case.
    expect(await page.getByTestId("review-pair").textContent()).toContain("Answer the customer about");
    expect(await page.getByTestId("review-pair").textContent()).not.toMatch(/sim-(fast|balanced|large)-v/);
    await page.keyboard.press("1");
    await expect.poll(() => page.getByTestId("revealed").textContent().catch(() => "")).toMatch(/A was sim-\w+-v, B was sim-\w+-v\./);
    await page.goto(`${server.baseUrl}/leaderboard`);
    await page.getByTestId("win-matrix").waitFor();
    await expect.poll(() => page.getByLabel("Dataset filter").locator("option").allTextContents()).toEqual(["All datasets", "big", "faq"]);
    await expect.poll(() => page.getByTestId("win-cell").count()).toBeGreaterThanOrEqual(2);
    // The answer rated in the run's dialog counts, under its variant's name.
    await page.getByText("sim-fast-v · correctness: 4.00").waitFor();
    await screenshot(page, "54-leaderboard-runs");
  });
});

// Every page above ran under the strict Content-Security-Policy without the browser refusing anything.
it("met no Content-Security-Policy violation", () => expectNoCspViolations());
