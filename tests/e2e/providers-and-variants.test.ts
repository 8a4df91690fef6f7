// An admin connects an OpenAI-compatible server (the wire server on 127.0.0.1), tests the
// connection, lists and imports its models, edits a price, and builds three variants; then edits a
// variant into its next revision, reads the history's diff, and sees an unpriced model's answers
// flagged until a price is saved — in Chromium.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allowPageProblems, expectNoCspViolations, launchBrowser, screenshot } from "../helpers/browser";
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

  it("keeps an edited price only when it is saved", async () => {
    const row = page.getByTestId("model-wire-small");
    const price = page.getByLabel("wire-small input price");
    await price.fill("1.25");
    await price.blur();
    // Leaving the field saves nothing: the row says it has unsaved prices.
    expect(await row.getAttribute("data-dirty")).toBe("true");
    expect(await row.textContent()).toContain("unsaved");
    const saved = page.waitForResponse((response) => response.url().includes("/api/v1/models/") && response.request().method() === "PATCH");
    await page.getByRole("button", { name: "Save wire-small prices" }).click();
    await saved;
    await expect.poll(() => row.getAttribute("data-dirty")).toBeNull();
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
    // The server refuses the duplicate with a 409, which the browser logs: that is the point here.
    allowPageProblems("[response 409] POST", "status of 409 (Conflict)");
    await page.getByLabel("Name").fill("wire-small-terse");
    await selectModel("wire-small");
    await page.getByRole("button", { name: "Create variant" }).click();
    await page.getByTestId("form-error").waitFor();
    expect(await page.getByTestId("form-error").textContent()).toContain('A variant named "wire-small-terse" already exists');
  });

  it("refuses a temperature that is not a number, saying why beside the field", async () => {
    await page.getByLabel("Name").fill("wire-small-hot");
    await selectModel("wire-small");
    await page.getByLabel("Temperature").fill("hot");
    await page.getByLabel("Max tokens").fill("1.5");
    await page.getByRole("button", { name: "Create variant" }).click();
    const reason = (field: string) => page.locator(`[data-testid="field-error"][data-field="variant-${field}"]`);
    await expect.poll(() => reason("temperature").textContent()).toContain("Temperature is a number from 0 to 2");
    expect(await reason("max-tokens").textContent()).toContain("Max tokens is a whole number");
    expect(await page.getByLabel("Temperature").getAttribute("aria-invalid")).toBe("true");
    await screenshot(page, "12-variant-field-errors");
    const { variants } = await (await page.request.get(`${server.baseUrl}/api/v1/variants`)).json();
    expect(variants.map((variant: { name: string }) => variant.name)).not.toContain("wire-small-hot");
  });
});

describe("variant revisions and prices", () => {
  it("edits a variant into revision 2 and shows what changed in its history", async () => {
    await page.goto(`${server.baseUrl}/settings/variants`);
    const row = page.getByTestId("variant-wire-small-terse");
    expect(await row.textContent()).toContain("rev 1");
    await row.getByRole("button", { name: "Edit" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("System prompt").fill("Answer in one short sentence.");
    await dialog.getByLabel("Temperature").fill("3");
    await dialog.getByRole("button", { name: /Save/ }).click();
    await dialog.locator('[data-field="edit-variant-temperature"]').waitFor();
    expect(await dialog.locator('[data-field="edit-variant-temperature"]').textContent()).toContain("Temperature is a number from 0 to 2");
    await dialog.getByLabel("Temperature").fill("0.3");
    await dialog.getByRole("button", { name: /Save/ }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => row.textContent()).toContain("rev 2");

    await row.getByRole("button", { name: "History" }).click();
    const diff = page.getByTestId("revision-diff");
    await diff.waitFor();
    expect(await page.getByTestId("revision-history").textContent()).toMatch(/rev 2.*Ada.*rev 1/s);
    expect(await diff.textContent()).toContain("Temperature0.2 → 0.3");
    expect(await diff.locator("ins").filter({ hasText: "short" }).count()).toBe(1);
    await screenshot(page, "13-variant-history");
    await page.keyboard.press("Escape");
  });

  it("flags an unpriced model's answers as '$0 — no price set' until a price is saved", async () => {
    expect(await page.getByTestId("variant-wire-large-default").textContent()).toContain("no price set");
    await page.goto(`${server.baseUrl}/compare`);
    for (const name of ["wire-large-default", "wire-small-terse"]) await page.getByRole("checkbox", { name, exact: true }).check();
    await page.getByRole("button", { name: "Start comparing" }).click();
    await page.waitForURL(/\/compare\?session=/);
    const sessionUrl = page.url();
    const large = page.locator('[data-testid^="column-"]').filter({ has: page.getByTestId("column-header").filter({ hasText: "wire-large-default" }) });
    await large.getByTestId("column-header").waitFor();
    expect(await large.getByTestId("column-header").textContent()).toContain("rev 1");
    const send = async (text: string) => {
      await page.getByLabel("Message to every column").fill(text);
      await page.getByLabel("Message to every column").press("Control+Enter");
    };
    await send("Hello");
    const cost = () => large.locator('[data-metric="cost"]').last().textContent();
    await expect.poll(cost, { timeout: 30_000 }).toBe("$0 — no price set");
    await screenshot(page, "14-compare-no-price");

    await page.goto(`${server.baseUrl}/settings/providers`);
    expect(await page.getByTestId("model-wire-large").textContent()).toContain("no price set");
    await page.getByLabel("wire-large input price").fill("2");
    await page.getByLabel("wire-large output price").fill("8");
    await page.getByRole("button", { name: "Save wire-large prices" }).click();
    await expect.poll(() => page.getByTestId("model-wire-large").textContent()).not.toContain("no price set");

    await page.goto(sessionUrl);
    await large.getByTestId("column-header").waitFor();
    await send("Hello again");
    await expect.poll(async () => large.getByTestId("answer").count(), { timeout: 30_000 }).toBe(2);
    await expect.poll(cost, { timeout: 30_000 }).toMatch(/^\$0\.\d+$/);
    // The first answer keeps what it cost when it was made.
    expect(await large.locator('[data-metric="cost"]').first().textContent()).toBe("$0 — no price set");
    await screenshot(page, "15-compare-priced");
  });
});

// Every page above ran under the strict Content-Security-Policy without the browser refusing anything.
it("met no Content-Security-Policy violation", () => expectNoCspViolations());
