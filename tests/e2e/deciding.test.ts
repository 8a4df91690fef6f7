// An engineer decides between variants: replays arithmetic questions (which the simulated models
// get right at different rates) against three variants, opens the run, goes to its scorecard,
// reads the ranking and the frontiers, re-weights towards latency, saves the weights for the
// dataset and finds them again after a reload, and exports the scorecard.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoCspViolations, launchBrowser, screenshot, pageRequest } from "../helpers/browser";
import { startJuxtaServer, type JuxtaServer } from "../helpers/juxta-server";

let server: JuxtaServer;
let browser: Browser;
let page: Page;
let runId = "";
const variants = ["sim-fast", "sim-balanced", "sim-large"];

const api = <T>(method: "GET" | "POST" | "PATCH", route: string, data?: unknown) => pageRequest<T>(page, method, `${server.baseUrl}/api/v1${route}`, data);

beforeAll(async () => {
  server = await startJuxtaServer("deciding");
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
  await api("POST", "/setup", { name: "Dee", email: "dee@example.com", password: "correct horse battery" });
  const { providers } = await api<{ providers: Array<{ id: string; kind: string }> }>("GET", "/providers");
  await api("PATCH", `/providers/${providers.find((provider) => provider.kind === "simulated")!.id}`, { settings: { simulated: { speed: 8, profiles: {} } } });
  const { models } = await api<{ models: Array<{ id: string; modelId: string }> }>("GET", "/models");
  for (const name of variants) await api("POST", "/variants", { name: `${name}-v`, modelId: models.find((model) => model.modelId === name)!.id, temperature: 0 });
  await api("POST", "/prompts", { name: "sums", messages: [{ role: "user", content: "What is {{a}} * {{b}} + {{c}}?" }] });
  const { dataset } = await api<{ dataset: { id: string } }>("POST", "/datasets", { name: "sums" });
  const lines = Array.from({ length: 12 }, (_, index) => {
    const [a, b, c] = [index + 11, index + 3, index + 1];
    return JSON.stringify({ variables: { a: String(a), b: String(b), c: String(c) }, tags: index >= 8 ? ["noisy:typo"] : [], assertions: [{ type: "contains", value: String(a * b + c) }] });
  });
  await api("POST", `/datasets/${dataset.id}/import`, { format: "jsonl", content: lines.join("\n") });
  const { run } = await api<{ run: { id: string } }>("POST", "/runs", { kind: "replay", name: "sums", prompt: "sums", dataset: "sums", variants: variants.map((name) => `${name}-v`) });
  runId = run.id;
  // The worker runs it; expect.poll belongs to tests, so wait by hand.
  for (let waited = 0; (await api<{ run: { status: string } }>("GET", `/runs/${runId}`)).run.status !== "done"; waited += 500) {
    if (waited > 90_000) throw new Error("the run did not finish within 90 s");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("deciding", () => {
  it("walks from the run to its scorecard: ranked variants with intervals, tiers and sentences", async () => {
    await page.goto(`${server.baseUrl}/runs/${runId}`);
    await page.getByRole("link", { name: "Scorecard" }).click();
    await page.waitForURL(`${server.baseUrl}/runs/${runId}/scorecard`);
    // The first scorecard of a fresh server waits for its route to load and its resamples.
    await expect.poll(() => page.getByTestId("scorecard-row").count(), { timeout: 30_000 }).toBe(3);
    const table = page.getByTestId("scorecard-table");
    // Every variant, each figure with its interval and n, the noisy cases' error rate included.
    for (const name of variants) await expect.poll(() => table.textContent()).toContain(`${name}-v`);
    expect(await table.textContent()).toMatch(/n = 12/);
    expect(await table.textContent()).toMatch(/error rate on noisy cases ↓weight 1/);
    expect(await page.getByTestId("scorecard-weights").textContent()).toContain("the defaults (none saved for this dataset)");
    // Two sentences, one per neighbouring pair, each either a lead or "cannot be separated".
    const sentences = await page.getByTestId("scorecard-ranking").locator("li").allTextContents();
    expect(sentences).toHaveLength(2);
    for (const sentence of sentences) expect(sentence).toMatch(/is ahead of .* by|cannot be separated/);
    await screenshot(page, "deciding-scorecard");
  });

  it("draws both frontiers with whiskers and the Pareto-optimal variants labelled", async () => {
    for (const axis of ["cost_per_useful_answer_usd", "total_ms_p95"]) {
      const chart = page.getByTestId(`frontier-${axis}`);
      await chart.locator(".recharts-scatter-symbol").first().waitFor();
      expect(await chart.locator(".recharts-scatter-symbol").count()).toBe(3);
      expect(await chart.locator(".recharts-errorBar").count()).toBeGreaterThan(0);
      const optimal = (await chart.getByTestId("frontier-optimal").textContent())!;
      expect(optimal).toMatch(/^Pareto-optimal: sim-\w+-v/);
      // The frontier's names are written on the chart itself.
      const first = optimal.replace("Pareto-optimal: ", "").split(/[,·]/)[0]!.trim();
      expect((await chart.locator(".recharts-label-list").allTextContents()).join(" ")).toContain(first);
    }
    await page.getByTestId("frontiers").scrollIntoViewIfNeeded();
    await screenshot(page, "deciding-frontiers");
  });

  it("previews other weights, saves them for the dataset, and finds them after a reload", async () => {
    await page.getByLabel("Weight of pass rate", { exact: true }).fill("0");
    await page.getByLabel("Weight of p95 total latency").fill("5");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect.poll(() => page.getByTestId("scorecard-weights").textContent()).toContain("previewed here, not saved");
    await expect.poll(() => page.getByTestId("scorecard-table").textContent()).toMatch(/p95 total latency ↓weight 5/);
    await page.getByRole("button", { name: "Save for the dataset" }).click();
    await expect.poll(() => page.getByTestId("scorecard-weights").textContent()).toContain("saved for this dataset");
    await page.reload();
    await expect.poll(() => page.getByTestId("scorecard-weights").textContent()).toContain("saved for this dataset");
    expect(await page.getByLabel("Weight of p95 total latency").inputValue()).toBe("5");
    // Pass rate now weighs 0: out of the score, shown only on asking.
    expect(await page.getByTestId("scorecard-table").textContent()).not.toContain("pass rate ↑");
    await page.getByLabel(/^Also show the \d+ metrics not in the score \(.*pass rate/).click();
    await expect.poll(() => page.getByTestId("scorecard-table").textContent()).toMatch(/pass rate ↑not scored/);
    // The export links carry the same scorecard.
    const csv = await page.request.get(`${server.baseUrl}${await page.getByRole("link", { name: "Export CSV" }).getAttribute("href")}`);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect((await csv.text()).trim().split("\r\n")).toHaveLength(4);
    await screenshot(page, "deciding-reweighted");

    // From the scorecard to a what-if: a cascade from the cheapest variant to the largest, on the
    // same answers, against each variant alone.
    await page.getByRole("link", { name: "Routing what-if" }).click();
    await page.waitForURL(/\/routing$/);
    await page.getByText("Cascade", { exact: true }).click();
    await page.getByLabel("Step 1", { exact: true }).selectOption("sim-fast-v");
    await page.getByLabel("Step 2", { exact: true }).selectOption("sim-large-v");
    await page.getByRole("button", { name: "Project" }).click();
    await page.getByTestId("routing-result").waitFor();
    expect(await page.getByTestId("routing-sentence").textContent()).toContain("Cascade sim-fast-v → sim-large-v would pass");
    for (const name of variants) await page.getByTestId(`routing-row-${name}-v`).waitFor();
    await screenshot(page, "deciding-cascade");
    expectNoCspViolations();
  });
});
