// An engineer asks "what if the cheap model went first?": a finished replay of arithmetic cases
// answered by a fast, error-prone simulated model and a large one; in the browser they build a
// cascade fast → large, project it, save it as a policy, and read the projection against each
// single variant. The escalations must be exactly the fast model's failed cells of the run.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoCspViolations, launchBrowser, screenshot, pageRequest } from "../helpers/browser";
import { startJuxtaServer, type JuxtaServer } from "../helpers/juxta-server";

let server: JuxtaServer;
let browser: Browser;
let page: Page;
let runId = "";
const CASES = 12;

const api = <T>(method: "GET" | "POST" | "PATCH", route: string, data?: unknown) => pageRequest<T>(page, method, `${server.baseUrl}/api/v1${route}`, data);

beforeAll(async () => {
  server = await startJuxtaServer("routing");
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await api("POST", "/setup", { name: "Eve", email: "eve@example.com", password: "correct horse battery" });
  const { providers } = await api<{ providers: Array<{ id: string; kind: string }> }>("GET", "/providers");
  await api("PATCH", `/providers/${providers.find((provider) => provider.kind === "simulated")!.id}`, { settings: { simulated: { speed: 8, profiles: {} } } });
  const { models } = await api<{ models: Array<{ id: string; modelId: string }> }>("GET", "/models");
  for (const name of ["sim-fast", "sim-large"]) await api("POST", "/variants", { name: `${name}-v`, modelId: models.find((model) => model.modelId === name)!.id, temperature: 0 });
  await api("POST", "/prompts", { name: "sums", messages: [{ role: "user", content: "What is {{a}} * {{b}} + {{c}}?" }] });
  const { dataset } = await api<{ dataset: { id: string } }>("POST", "/datasets", { name: "sums" });
  const lines = Array.from({ length: CASES }, (_, k) => {
    const [a, b, c] = [13 + k, 7 + 2 * k, 5 + k];
    return JSON.stringify({ variables: { a, b, c }, assertions: [{ type: "contains", value: String(a * b + c) }] });
  });
  await api("POST", `/datasets/${dataset.id}/import`, { format: "jsonl", content: lines.join("\n") });
  ({
    run: { id: runId },
  } = await api<{ run: { id: string } }>("POST", "/runs", { kind: "replay", prompt: "sums", dataset: "sums", variants: ["sim-fast-v", "sim-large-v"], concurrency: 4 }));
  // The worker runs it; expect.poll is for tests, so a plain wait here.
  for (let waited = 0; ; waited += 500) {
    const { run } = await api<{ run: { status: string } }>("GET", `/runs/${runId}`);
    if (run.status === "done") break;
    if (run.status !== "queued" && run.status !== "running") throw new Error(`the replay ended ${run.status}`);
    if (waited > 150_000) throw new Error("the replay did not finish in 150 s");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("routing what-if", () => {
  it("builds a cascade in the browser and projects it: escalations are the fast model's failed cases", async () => {
    const { variants } = (await api<{ run: { variants: Array<{ id: string; name: string }> } }>("GET", `/runs/${runId}`)).run;
    const fastId = variants.find((variant) => variant.name === "sim-fast-v")!.id;
    const { items } = await api<{ items: Array<{ variantId: string; passed: boolean | null }> }>("GET", `/runs/${runId}/items?variantId=${fastId}&limit=100`);
    const failed = items.filter((item) => item.passed !== true).length;
    expect(items).toHaveLength(CASES);
    // The point of the what-if: the fast model fails some cases but not all.
    expect(failed).toBeGreaterThan(0);
    expect(failed).toBeLessThan(CASES);

    await page.goto(`${server.baseUrl}/runs/${runId}`);
    await page.getByRole("link", { name: "Routing what-if" }).click();
    await page.waitForURL(/\/routing$/);
    await page.getByTestId("routing-builder").waitFor();
    // The builder starts on a cascade from the first variant to the last; choose them explicitly.
    await page.getByText("Cascade", { exact: true }).click();
    await page.getByLabel("Step 1", { exact: true }).selectOption("sim-fast-v");
    await page.getByLabel("Step 2", { exact: true }).selectOption("sim-large-v");
    await page.getByRole("button", { name: "Project" }).click();
    await page.getByTestId("routing-result").waitFor();

    const sentence = await page.getByTestId("routing-sentence").textContent();
    expect(sentence).toContain("Cascade sim-fast-v → sim-large-v would pass");
    expect(sentence).toContain(`making more than one call on ${failed} of ${CASES} cases`);
    const policyCells = await page.getByTestId("routing-row-policy").locator("td").allTextContents();
    expect(policyCells[5]).toBe(((CASES + failed) / CASES).toFixed(2));
    const fastCells = await page.getByTestId("routing-row-sim-fast-v").locator("td").allTextContents();
    expect(fastCells[0]).toMatch(new RegExp(`^${Math.round(((CASES - failed) / CASES) * 100)} % \\(`));
    expect(fastCells[5]).toBe("1.00");
    await screenshot(page, "70-routing-cascade");

    await page.getByLabel("New policy name").fill("fast first");
    await page.getByRole("button", { name: "Save as new policy" }).click();
    await expect.poll(() => page.getByTestId("routing-saved-status").textContent()).toBe("Saved as fast first v1.");
    const { policies } = await api<{ policies: Array<{ name: string; latest: { version: number; definition: unknown } }> }>("GET", "/routing-policies");
    expect(policies).toEqual([
      expect.objectContaining({ name: "fast first", latest: expect.objectContaining({ version: 1, definition: { kind: "cascade", steps: ["sim-fast-v", "sim-large-v"], escalateOn: { assertionFails: true, error: true } } }) }),
    ]);
    await page.getByRole("button", { name: "Save as fast first v2" }).waitFor();
  });
});

it("met no Content-Security-Policy violation", () => expectNoCspViolations());
