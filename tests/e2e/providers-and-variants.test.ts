// An admin connects an OpenAI-compatible server (the wire server on 127.0.0.1), tests the
// connection, lists and imports its models, edits a price, and builds three variants — in Chromium.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoCspViolations, launchBrowser, screenshot } from "../helpers/browser";
import { startJuxtaServer, type JuxtaServer } from "../helpers/juxta-server";
import { startWireServer, type WireServer } from "../fixtures/wire-server";

const apiKey = "sk-e2e-wire-secret-0123456789";
let wire: WireServer;
let server: JuxtaServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [wire, server] = await Promise.all([startWireServer(), startJuxtaServer("providers")]);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const setup = await page.request.post(`${server.baseUrl}/api/v1/setup`, { data: { name: "Ada", email: "ada@example.com", password: "correct horse battery" } });
  expect(setup.status()).toBe(201);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await wire?.close();
});

async function selectModel(label: string) {
  const value = await page.locator("#variant-model option", { hasText: label }).first().getAttribute("value");
  await page.locator("#variant-model").selectOption(value!);
}

describe("providers and variants", () => {
  it("adds an OpenAI-compatible provider and tests the connection", async () => {
    await page.goto(`${server.baseUrl}/settings/providers`);
    await page.getByLabel("Name").fill("Local wire");
    await page.getByLabel("Base URL").fill(wire.openaiBaseUrl);
    await page.getByLabel("API key").fill(apiKey);
    await page.getByRole("button", { name: "Add provider" }).click();
    const card = page.getByTestId("provider-Local wire");
    await card.waitFor();
    expect(await card.textContent()).toContain("sk-…6789");
    // Once the form has been cleared, nothing on the page holds the key: the server sent none.
    await expect.poll(() => page.getByLabel("API key").inputValue()).toBe("");
    expect(await page.content()).not.toContain(apiKey);

    await card.getByRole("button", { name: "Test connection" }).click();
    await card.getByTestId("connection-result").waitFor();
    expect(await card.getByTestId("connection-result").textContent()).toMatch(/Connected in \d+ ms — the provider lists 3 models/);
    // The key went to the provider as a bearer token.
    expect(wire.requests.length).toBe(0); // listing models is not a completion
  });

  it("points an Anthropic provider at a custom endpoint only when asked to", async () => {
    await page.getByLabel("Kind").selectOption("anthropic");
    await page.getByLabel("Name").fill("Anthropic gateway");
    expect(await page.locator("#provider-base-url").count()).toBe(0); // official API: no URL to give
    await page.getByLabel("Custom endpoint").check();
    await page.getByLabel("Base URL").fill(wire.anthropicBaseUrl);
    await page.getByRole("button", { name: "Add provider" }).click();
    const card = page.getByTestId("provider-Anthropic gateway");
    await card.waitFor();
    expect(await card.textContent()).toContain(`${wire.anthropicBaseUrl} (custom endpoint)`);
    await card.getByRole("button", { name: "Test connection" }).click();
    await card.getByTestId("connection-result").waitFor();
    expect(await card.getByTestId("connection-result").textContent()).toMatch(/Connected in \d+ ms/);
  });

  it("lists the provider's models and adds them to the catalog", async () => {
    const card = page.getByTestId("provider-Local wire");
    await card.getByRole("button", { name: "List models" }).click();
    await card.getByTestId("remote-models").getByText("3 are not in the catalog yet").waitFor();
    await card.getByRole("button", { name: "Select all" }).click();
    await card.getByRole("button", { name: "Add 3 to catalog" }).click();
    await card.getByText("all are in the catalog already").waitFor();
    for (const model of wire.models) await card.getByRole("cell", { name: new RegExp(model) }).first().waitFor();
    await screenshot(page, "10-providers");
  });

  it("keeps an edited price", async () => {
    const price = page.getByLabel("wire-small input price");
    await price.fill("1.25");
    await price.press("Enter");
    await page.waitForResponse((response) => response.url().includes("/api/v1/models/") && response.request().method() === "PATCH");
    await page.reload();
    expect(await page.getByLabel("wire-small input price").inputValue()).toBe("1.25");
  });

  it("creates three variants, duplicates one and archives the copy", async () => {
    await page.goto(`${server.baseUrl}/settings/variants`);
    await page.getByTestId("empty-state").waitFor();

    await page.getByLabel("Name").fill("wire-small-terse");
    await selectModel("wire-small");
    await page.getByLabel("System prompt").fill("Answer in one sentence.");
    await page.getByLabel("Temperature").fill("0.2");
    await page.getByLabel("Max tokens").fill("256");
    await page.getByRole("button", { name: "Create variant" }).click();
    await page.getByRole("cell", { name: /wire-small-terse/ }).waitFor();

    await page.getByLabel("Name").fill("wire-large-default");
    await selectModel("wire-large");
    await page.getByRole("button", { name: "Create variant" }).click();
    await page.getByRole("cell", { name: /wire-large-default/ }).waitFor();

    await page.getByLabel("Name").fill("sim-fast-baseline");
    await selectModel("sim-fast (simulated)");
    await page.getByLabel("Seed").fill("7");
    await page.getByRole("button", { name: "Create variant" }).click();
    await page.getByRole("cell", { name: /sim-fast-baseline/ }).waitFor();

    const rows = page.getByTestId("variants-table").locator("tbody tr");
    expect(await rows.count()).toBe(3);
    expect(await rows.filter({ hasText: "sim-fast-baseline" }).textContent()).toContain("simulated · offline");
    expect(await rows.filter({ hasText: "wire-small-terse" }).textContent()).toContain("temp 0.2 · max 256 tok");

    await rows.filter({ hasText: "wire-large-default" }).getByRole("button", { name: "Duplicate" }).click();
    await page.getByRole("cell", { name: /wire-large-default \(copy\)/ }).waitFor();
    await rows.filter({ hasText: "(copy)" }).getByRole("button", { name: "Archive" }).click();
    await expect.poll(() => rows.count()).toBe(3);
    await screenshot(page, "11-variants");
  });

  it("shows a duplicate name as a clear error", async () => {
    await page.getByLabel("Name").fill("wire-small-terse");
    await selectModel("wire-small");
    await page.getByRole("button", { name: "Create variant" }).click();
    await page.getByTestId("form-error").waitFor();
    expect(await page.getByTestId("form-error").textContent()).toContain('A variant named "wire-small-terse" already exists');
  });

  it("refuses a temperature that is not a number instead of saving the provider's default", async () => {
    await page.getByLabel("Name").fill("wire-small-hot");
    await selectModel("wire-small");
    await page.getByLabel("Temperature").fill("hot");
    await page.getByRole("button", { name: "Create variant" }).click();
    await expect.poll(() => page.getByTestId("form-error").textContent()).toContain("Temperature is a number from 0 to 2");
    const { variants } = await (await page.request.get(`${server.baseUrl}/api/v1/variants`)).json();
    expect(variants.map((variant: { name: string }) => variant.name)).not.toContain("wire-small-hot");
  });
});

// Every page above ran under the strict Content-Security-Policy without the browser refusing anything.
it("met no Content-Security-Policy violation", () => expectNoCspViolations());
