// An engineer keeps a prompt in the library: version 1, an edited version 2, a preview with
// variable values, and "Open in Compare" with the rendered message in the box.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoCspViolations, launchBrowser, screenshot } from "../helpers/browser";
import { startJuxtaServer, type JuxtaServer } from "../helpers/juxta-server";

let server: JuxtaServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startJuxtaServer("prompts");
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const setup = await page.request.post(`${server.baseUrl}/api/v1/setup`, { data: { name: "Eve", email: "eve@example.com", password: "correct horse battery" } });
  expect(setup.status()).toBe(201);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("prompt library", () => {
  it("saves version 1 with its variables", async () => {
    await page.goto(`${server.baseUrl}/prompts`);
    await page.getByTestId("empty-state").waitFor();
    await page.getByLabel("Name").fill("ticket-triage");
    await page.getByLabel("Message 2", { exact: true }).fill("Classify this {{product}} ticket: {{ticket}}");
    await page.getByRole("button", { name: "Save version 1" }).click();
    await page.waitForURL(/\/prompts\/[0-9a-f-]{36}$/);
    await page.getByTestId("version-messages").getByText("Classify this {{product}} ticket").waitFor();
  });

  it("edits into version 2 and previews it with values", async () => {
    await page.getByRole("button", { name: "Edit as a new version" }).click();
    await page.getByLabel("Message 1", { exact: true }).fill("You triage support tickets for {{product}}.");
    await page.getByLabel("What changed").fill("product-specific system prompt");
    await page.getByRole("button", { name: "Save as v2" }).click();
    await page.getByRole("heading", { name: /Version 2/ }).waitFor();
    expect(await page.getByRole("list", { name: "Versions" }).locator("li").count()).toBe(2);

    await page.getByLabel("{{product}}").fill("Juxta");
    await page.getByLabel("{{ticket}}").fill("Charts do not load");
    const preview = page.getByTestId("preview");
    await preview.getByText("You triage support tickets for Juxta.").waitFor();
    await preview.getByText("Classify this Juxta ticket: Charts do not load").waitFor();
    await screenshot(page, "40-prompt");
  });

  it("opens the rendered message in Compare", async () => {
    await page.getByRole("link", { name: "Open in Compare" }).click();
    await page.waitForURL(/\/compare\?text=/);
    for (const name of ["sim-fast", "sim-balanced"]) {
      await page.getByLabel("Quick model").selectOption({ label: `Simulated · ${name} (simulated)` });
      await page.getByRole("button", { name: "Add column" }).click();
      await page.getByRole("checkbox", { name: `${name} · t=0.7`, exact: true }).waitFor();
    }
    await page.getByRole("button", { name: "Start comparing" }).click();
    await page.waitForURL(/\/compare\?session=/);
    expect(await page.getByLabel("Message to every column").inputValue()).toBe("Classify this Juxta ticket: Charts do not load");
  });

  it("imports a CSV into a dataset, and refuses a broken file without importing any of it", async () => {
    await page.goto(`${server.baseUrl}/datasets`);
    await page.getByLabel("Name").fill("tickets");
    await page.getByRole("button", { name: "Create dataset" }).click();
    await page.waitForURL(/\/datasets\/[0-9a-f-]{36}$/);
    await page.getByTestId("empty-state").waitFor();
    const csv = 'product,ticket,expected,tags\nJuxta,"Charts do not load, again",bug,"ui;charts"\nJuxta,Export is empty,bug,export\n';
    await page.getByLabel("Import file").setInputFiles({ name: "tickets.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await expect.poll(() => page.getByTestId("cases-table").locator("tbody tr").count().catch(() => 0)).toBe(2);
    expect(await page.getByTestId("cases-table").textContent()).toContain("Charts do not load, again");
    await page.getByLabel("Import file").setInputFiles({ name: "broken.csv", mimeType: "text/csv", buffer: Buffer.from("product,ticket\nonly-one\n") });
    await page.getByTestId("form-error").waitFor();
    expect(await page.getByTestId("form-error").textContent()).toContain("line 2");
    expect(await page.getByTestId("cases-table").locator("tbody tr").count()).toBe(2);
    await screenshot(page, "41-dataset");
  });
});

// Every page above ran under the strict Content-Security-Policy without the browser refusing anything.
it("met no Content-Security-Policy violation", () => expectNoCspViolations());
