// A newcomer on a fresh install loads the demo from the empty home page and finds every main page
// full of meaningful, readable data from the simulated models; then removes it in one click.
// Screenshots of every page land in test-results/screenshots/6x-*.png.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoCspViolations, launchBrowser, screenshot } from "../helpers/browser";
import { startJuxtaServer, type JuxtaServer } from "../helpers/juxta-server";

let server: JuxtaServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startJuxtaServer("demo");
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(server.baseUrl);
  await page.waitForURL(`${server.baseUrl}/setup`);
  await page.getByLabel("Name").fill("Nia");
  await page.getByLabel("Email").fill("nia@example.com");
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Create admin and sign in" }).click();
  await page.waitForURL(`${server.baseUrl}/compare`);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function visit(path: string, ready: string, shot: string) {
  await page.goto(`${server.baseUrl}${path}`);
  await page.locator(ready).first().waitFor({ timeout: 30_000 });
  await screenshot(page, shot);
  return (await page.locator("main").textContent()) ?? "";
}

/** The old provider's answers were words drawn from this list; none of its runs survive here. */
const WORD_SALAD = /\b(?:careful|window|usually|measure|replay|retry)\b(?:\s+\w+){0,2}\s+\b(?:careful|window|usually|measure|replay|retry|which|that)\b/i;

describe("demo workspace", () => {
  it("loads from the empty home page", async () => {
    await page.goto(server.baseUrl);
    await page.getByTestId("home-empty").waitFor();
    // A fresh install starts with the first-run checklist, nothing done yet.
    const checklist = page.getByTestId("first-run-checklist");
    expect(await checklist.textContent()).toContain("0 of 6 done");
    await screenshot(page, "60-home-empty");
    const started = Date.now();
    await page.getByRole("button", { name: "Load demo data" }).click();
    await page.getByTestId("home-overview").waitFor({ timeout: 110_000 });
    // Well within the minute the issue asks for, on this 2-core machine.
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(await page.getByTestId("count-runs").textContent()).toContain("5");
    expect(await page.getByTestId("count-votes").textContent()).toMatch(/^\d+/);
    // The demo did everything but connect a real provider.
    expect(await checklist.textContent()).toContain("5 of 6 done");
    expect(await checklist.locator("li:not([data-done])").textContent()).toContain("Add a provider");
    await screenshot(page, "61-home");
  });

  it("fills every main page with readable answers", async () => {
    const sessions = await visit("/sessions", '[data-testid="sessions-table"] tbody tr', "62-sessions");
    expect(sessions).toContain("Demo · Choosing a model for support");
    const sessionHref = await page.getByRole("link", { name: "Demo · Choosing a model for support" }).getAttribute("href");
    const sessionId = sessionHref!.split("/").pop()!.split("=").pop()!;

    const session = await visit(`/sessions/${sessionId}`, '[data-testid="answer"]', "63-session");
    expect(session).toContain("(Simulated answer)");
    expect(session).toContain("17 * 23 + 4 =");
    expect(session).not.toMatch(WORD_SALAD);

    const compare = await visit(`/compare?session=${sessionId}`, '[data-testid="answer"][data-status="done"]', "64-compare");
    expect(compare).toContain("support");

    const prompts = await visit("/prompts", '[data-testid="prompt-list"]', "65-prompts");
    expect(prompts).toContain("Demo · ticket triage");

    const datasets = await visit("/datasets", '[data-testid="dataset-list"]', "66-datasets");
    expect(datasets).toContain("Demo · support tickets");
    await page.getByRole("link", { name: "Demo · support tickets" }).click();
    await page.getByTestId("cases-table").locator("tbody tr").first().waitFor();
    expect(await page.getByTestId("cases-table").locator("tbody tr").count()).toBe(12);
    expect(await page.getByTestId("cases-table").textContent()).toContain('{"category":"billing"');
    await screenshot(page, "67-dataset");

    const runs = await visit("/runs", '[data-testid="run-list"]', "68-runs");
    for (const name of ["triage baseline", "silent update", "summaries", "order numbers", "load sweep"]) expect(runs).toContain(name);
    await page.getByRole("link", { name: /silent update/ }).click();
    await page.getByTestId("baseline-summary").waitFor();
    await expect.poll(() => page.locator('[data-testid="matrix-cell"]').count()).toBe(36);
    expect(await page.getByTestId("run-status").textContent()).toBe("done");
    // Some answers passed and some failed: the page has something to show.
    expect(await page.locator('[data-testid="matrix-cell"][data-verdict="pass"]').count()).toBeGreaterThan(10);
    expect(await page.locator('[data-testid="matrix-cell"][data-verdict="fail"]').count()).toBeGreaterThan(0);
    await screenshot(page, "69-run");
    await page.locator('[data-testid="matrix-cell"][data-verdict="pass"]').first().click();
    const answer = (await page.getByRole("dialog", { name: "Answer" }).getByTestId("item-answer").textContent()) ?? "";
    expect(answer).toMatch(/"category":/);
    await screenshot(page, "70-run-answer");

    const review = await visit("/review", '[data-testid="review-pair"]', "71-review");
    expect(review).not.toMatch(WORD_SALAD);

    const leaderboard = await visit("/leaderboard", '[data-testid="leaderboard-table"] tbody tr', "72-leaderboard");
    expect(leaderboard).toContain("Demo · large");
  });

  it("removes the demo in one click", async () => {
    await page.goto(server.baseUrl);
    await page.getByRole("button", { name: "Remove demo data" }).click();
    await page.getByRole("button", { name: "Yes, remove it" }).click();
    await page.getByTestId("home-empty").waitFor({ timeout: 30_000 });
    await page.goto(`${server.baseUrl}/runs`);
    await page.getByTestId("empty-state").waitFor();
  });
});

it("met no Content-Security-Policy violation", () => expectNoCspViolations());
