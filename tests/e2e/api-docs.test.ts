// The API contract as a user meets it in the real app: /api/v1/openapi.json served by Next without
// a login, the /api-docs reference rendered from it under the app's CSP, and the API tokens page
// (whose hooks go through the typed client) creating and revoking a token.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoCspViolations, launchBrowser, pageRequest, screenshot } from "../helpers/browser";
import { startJuxtaServer, type JuxtaServer } from "../helpers/juxta-server";

let server: JuxtaServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startJuxtaServer("api-docs");
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  await pageRequest(page, "POST", `${server.baseUrl}/api/v1/setup`, { name: "Ada", email: "ada@example.com", password: "correct horse battery" });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the API contract", () => {
  it("serves the OpenAPI document without a login", async () => {
    const response = await fetch(`${server.baseUrl}/api/v1/openapi.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    expect(document.openapi).toBe("3.1.1");
    expect(Object.keys(document.paths["/api/v1/sessions"]!)).toEqual(["get", "post"]);
    expect(document.paths["/api/v1/sessions"]!.post!.responses).toHaveProperty("201");
  });

  it("renders the reference page from it", async () => {
    await page.goto(`${server.baseUrl}/api-docs`);
    await expect.poll(() => page.getByRole("heading", { name: "API reference" }).count()).toBe(1);
    const sessions = page.locator("#postSessions");
    await expect.poll(() => sessions.textContent()).toContain("/api/v1/sessions");
    expect(await sessions.textContent()).toContain("variantIds");
    expect(await sessions.textContent()).toContain("editor or above");
    expect(await page.getByTestId("api-operation").count()).toBeGreaterThan(80);
    await screenshot(page, "api-docs");
    expectNoCspViolations();
  });

  it("creates and revokes a token through the typed client", async () => {
    await page.goto(`${server.baseUrl}/settings/tokens`);
    await page.getByLabel("New token name").fill("ci-main");
    await page.getByRole("button", { name: "Create token" }).click();
    await expect.poll(() => page.getByTestId("new-token").textContent()).toMatch(/jxt_/);
    await screenshot(page, "api-tokens-created");
    const { tokens } = await pageRequest<{ tokens: Array<{ name: string; expiresAt: string }> }>(page, "GET", `${server.baseUrl}/api/v1/tokens`);
    expect(tokens.map((token) => token.name)).toContain("ci-main");
    expect(Number.isNaN(Date.parse(tokens[0]!.expiresAt))).toBe(false);
    await page.getByRole("button", { name: "Revoke" }).click();
    await expect.poll(async () => (await pageRequest<{ tokens: unknown[] }>(page, "GET", `${server.baseUrl}/api/v1/tokens`)).tokens.length).toBe(0);
    expectNoCspViolations();
  });
});
