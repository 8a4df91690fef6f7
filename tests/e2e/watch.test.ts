// An engineer sets up a watch in the UI, runs it twice — the second time after the simulated model
// was silently switched to its degraded release — and reads the control chart: the baseline's band,
// the drift point, the banner; a click on the drift point opens that run against the baseline.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoCspViolations, launchBrowser, screenshot } from "../helpers/browser";
import { startJuxtaServer, type JuxtaServer } from "../helpers/juxta-server";
import { startWebhookReceiver, type WebhookReceiver } from "../helpers/webhook-receiver";

let server: JuxtaServer;
let browser: Browser;
let page: Page;
let receiver: WebhookReceiver;
let providerId = "";
const quiet = { rateLimitRate: 0, errorRate: 0, timeoutRate: 0, cutRate: 0, ttftMs: 1_500, ttftSpread: 0.1, tokensPerSecondSpread: 0.1 };

async function api<T>(method: "GET" | "POST" | "PATCH", route: string, data?: unknown): Promise<T> {
  const response = await page.request.fetch(`${server.baseUrl}/api/v1${route}`, { method, data });
  expect(response.ok(), `${method} ${route}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  server = await startJuxtaServer("watch");
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await api("POST", "/setup", { name: "Wendy", email: "wendy@example.com", password: "correct horse battery" });
  const { providers } = await api<{ providers: Array<{ id: string; kind: string }> }>("GET", "/providers");
  providerId = providers.find((provider) => provider.kind === "simulated")!.id;
  await api("PATCH", `/providers/${providerId}`, { settings: { simulated: { speed: 5, profiles: { "sim-balanced": quiet } } } });
  const { models } = await api<{ models: Array<{ id: string; modelId: string }> }>("GET", "/models");
  await api("POST", "/variants", { name: "canary", modelId: models.find((model) => model.modelId === "sim-balanced")!.id, temperature: 0 });
  await api("POST", "/prompts", { name: "triage", messages: [{ role: "user", content: 'Return JSON with keys "category" and "summary" for this ticket: {{ticket}}' }] });
  const { dataset } = await api<{ dataset: { id: string } }>("POST", "/datasets", { name: "tickets" });
  const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ variables: { ticket: `Order ORD-${1000 + i} was charged twice (${i})` } }));
  await api("POST", `/datasets/${dataset.id}/import`, { format: "jsonl", content: lines.join("\n") });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await receiver?.close();
});

async function runNowAndWait(expectedRuns: number) {
  await page.getByRole("button", { name: "Run now" }).click();
  await expect.poll(() => page.getByTestId("watch-run-row").count(), { timeout: 30_000 }).toBe(expectedRuns);
  // Evaluated seconds after the run finishes: the row then says "none" or lists the drift.
  await expect.poll(() => page.getByTestId("watch-run-row").first().textContent(), { timeout: 120_000, interval: 1_000 }).toMatch(/none|→/);
}

describe("watch", () => {
  it("creates a watch in the UI and sends a signed test notification", async () => {
    await page.goto(`${server.baseUrl}/watches`);
    await page.getByText("New watch").click();
    await page.getByLabel("Name", { exact: true }).fill("triage canary");
    await page.getByLabel("Prompt (name or name@version)").fill("triage");
    await page.getByLabel("Dataset", { exact: true }).fill("tickets");
    await page.getByLabel("Variants (comma-separated names)").fill("canary");
    await page.getByLabel("Schedule (cron)").fill("0 6 * * *");
    await page.getByLabel("Time zone").fill("Europe/Paris");
    await page.getByLabel("Webhook URL (optional)").fill(receiver.url);
    await page.getByLabel("Assertions (JSON, optional)").fill('[{"type":"is_json"}]');
    await page.getByRole("button", { name: "Create watch" }).click();
    await expect.poll(() => page.getByTestId("webhook-secrets").textContent()).toMatch(/whsec_[\w-]{32}/);
    await page.getByRole("button", { name: "Done" }).click();
    await page.getByRole("link", { name: "triage canary" }).click();
    await page.waitForURL(/\/watches\/[0-9a-f-]{36}$/);
    await page.getByRole("button", { name: "Send a test notification" }).click();
    await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBe(1);
    expect(receiver.received[0]!.headers["x-juxta-signature"]).toMatch(/^sha256=[0-9a-f]{64}$/);
  });

  it("runs it twice, the second time degraded, and reads the control chart", async () => {
    await runNowAndWait(1);
    await expect.poll(() => page.getByTestId("watch-run-row").first().textContent()).toContain("baseline");
    await api("PATCH", `/providers/${providerId}`, { settings: { simulated: { speed: 5, profiles: { "sim-balanced": { ...quiet, preset: "degraded", ttftMs: 6_000 } } } } });
    await runNowAndWait(2);

    await expect.poll(() => page.getByTestId("drift-list").textContent()).toMatch(/pass rate \d+\.\d % → \d+\.\d %/);
    const chart = page.getByTestId("control-chart-pass_rate");
    await chart.getByTestId("drift-point").waitFor();
    expect(await chart.getByTestId("chart-point").count()).toBe(1);
    expect(await chart.locator(".recharts-reference-area-rect").count()).toBe(1);
    expect(await chart.textContent()).toMatch(/baseline \d+\.\d %/);
    await page.getByTestId("control-chart-ttft_ms_p95").getByTestId("drift-point").waitFor();
    // The banner stays on every page until acknowledged.
    await page.goto(`${server.baseUrl}/runs`);
    await expect.poll(() => page.getByTestId("watch-alert-banner").textContent()).toMatch(/Drift in watch “triage canary”.*pass rate/);
    await page.goBack();
    await page.getByTestId("control-chart-pass_rate").getByTestId("drift-point").waitFor();
    await screenshot(page, "watch-control-charts");

    await page.getByTestId("control-chart-pass_rate").getByTestId("drift-point").click();
    await page.waitForURL(/\/runs\/[0-9a-f-]{36}\/compare\?against=[0-9a-f-]{36}$/);
    await expect.poll(() => page.locator("body").textContent(), { timeout: 30_000 }).toMatch(/pass/i);
    await screenshot(page, "watch-drift-run-compare");

    await page.getByRole("button", { name: "Acknowledge" }).click();
    await expect.poll(() => page.getByTestId("watch-alert-banner").count()).toBe(0);
    await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBe(2);
    expect(JSON.parse(receiver.received[1]!.body)).toMatchObject({ type: "watch.drift", watch: { name: "triage canary" }, variant: { name: "canary" } });
    expectNoCspViolations();
  });
});
