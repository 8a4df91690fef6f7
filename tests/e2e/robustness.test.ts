// An engineer makes a noisy copy of a dataset on its page, replays it, and reads on the run page
// what each kind of noise costs the variant; then gives a model its own cached-input price. All on
// the built-in simulated provider, through the real worker.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoCspViolations, launchBrowser, screenshot, pageRequest } from "../helpers/browser";
import { startJuxtaServer, type JuxtaServer } from "../helpers/juxta-server";

let server: JuxtaServer;
let browser: Browser;
let page: Page;

const api = <T>(method: "GET" | "POST" | "PATCH", route: string, data?: unknown) => pageRequest<T>(page, method, `${server.baseUrl}/api/v1${route}`, data);

beforeAll(async () => {
  server = await startJuxtaServer("robustness");
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await api("POST", "/setup", { name: "Eve", email: "eve@example.com", password: "correct horse battery" });
  const { providers } = await api<{ providers: Array<{ id: string; kind: string }> }>("GET", "/providers");
  await api("PATCH", `/providers/${providers.find((provider) => provider.kind === "simulated")!.id}`, { settings: { simulated: { speed: 8, profiles: {} } } });
  const { models } = await api<{ models: Array<{ id: string; modelId: string }> }>("GET", "/models");
  await api("POST", "/variants", { name: "fast-v", modelId: models.find((model) => model.modelId === "sim-fast")!.id, temperature: 0 });
  await api("POST", "/prompts", { name: "support", messages: [{ role: "user", content: "Answer the customer about {{topic}}." }] });
  const { dataset } = await api<{ dataset: { id: string } }>("POST", "/datasets", { name: "faq" });
  const lines = ["refunds", "shipping times", "password reset", "invoices"].map((topic) => JSON.stringify({ variables: { topic } }));
  await api("POST", `/datasets/${dataset.id}/import`, { format: "jsonl", content: lines.join("\n") });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("robustness", () => {
  it("makes a noisy copy on the dataset page and opens it", async () => {
    await page.goto(`${server.baseUrl}/datasets`);
    await page.getByRole("link", { name: "faq" }).click();
    await page.getByRole("button", { name: "Make a noisy copy" }).click();
    const form = page.getByTestId("noisy-copy-form");
    for (const kind of ["casing", "whitespace", "junk", "lookalike"]) await form.getByRole("checkbox", { name: kind }).uncheck();
    await form.getByLabel("Seed").fill("3");
    await screenshot(page, "60-noisy-copy-form");
    await form.getByRole("button", { name: "Make the copy" }).click();
    await page.getByRole("heading", { name: "faq — noisy (seed 3)" }).waitFor();
    // 4 clean copies + 4 × 3 kinds.
    await expect.poll(() => page.getByTestId("cases-table").locator("tbody tr").count()).toBe(16);
    expect(await page.getByText("A noisy copy of").textContent()).toContain("typos, truncation, injection · seed 3");
    await screenshot(page, "61-noisy-dataset");
  });

  it("replays the copy and shows the paired drop per kind on the run page", async () => {
    const { run } = await api<{ run: { id: string } }>("POST", "/runs", {
      kind: "replay",
      prompt: "support",
      dataset: "faq — noisy (seed 3)",
      variants: ["fast-v"],
      assertions: [{ type: "not_contains", value: "PWNED" }],
    });
    await page.goto(`${server.baseUrl}/runs/${run.id}`);
    await expect.poll(() => page.getByTestId("run-status").textContent(), { timeout: 60_000 }).toBe("done");
    const section = page.getByTestId("run-robustness");
    await section.waitFor();
    await expect.poll(() => section.getByTestId("robustness-row").count()).toBe(3);
    const text = await section.textContent();
    for (const kind of ["typos", "truncation", "injection"]) expect(text).toContain(kind);
    expect(text).toMatch(/fast-vinjection\d+ %\d+ %/);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, "62-run-robustness");
  });

  it("gives a model a cached-input price of its own on the providers page", async () => {
    await page.goto(`${server.baseUrl}/settings/providers`);
    const cached = page.getByLabel("sim-fast cached input price");
    await cached.waitFor();
    expect(await cached.getAttribute("placeholder")).toBe("= input");
    await cached.fill("0.05");
    await cached.press("Enter");
    await expect
      .poll(async () => (await api<{ models: Array<{ modelId: string; cachedInputPricePerMTok: string | null }> }>("GET", "/models")).models.find((model) => model.modelId === "sim-fast")?.cachedInputPricePerMTok)
      .toBe("0.05");
    await screenshot(page, "63-model-prices");
    expectNoCspViolations();
  });
});
