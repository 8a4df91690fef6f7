// A reviewer judges blind pairs from the keyboard, rates answers, and watches the leaderboard
// change; variant names stay hidden until each vote is cast.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoCspViolations, launchBrowser, screenshot } from "../helpers/browser";
import { startJuxtaServer, type JuxtaServer } from "../helpers/juxta-server";

let server: JuxtaServer;
let browser: Browser;
let page: Page;
const names = ["quick-fox", "steady-owl", "big-bear"];
let sessionId = "";

beforeAll(async () => {
  server = await startJuxtaServer("review");
  browser = await launchBrowser();
  const admin = await browser.newContext();
  const call = async <T>(method: string, path: string, data?: unknown) => {
    const response = await admin.request.fetch(`${server.baseUrl}${path}`, { method, data });
    expect(response.ok(), `${method} ${path}`).toBe(true);
    return (path.includes("/turns") ? null : await response.json()) as T;
  };
  await call("POST", "/api/v1/setup", { name: "Ada", email: "ada@example.com", password: "correct horse battery" });
  await call("POST", "/api/v1/users", { name: "Rita", email: "rita@example.com", password: "reviewer password", role: "reviewer" });
  const { providers } = await call<{ providers: { id: string; kind: string }[] }>("GET", "/api/v1/providers");
  await call("PATCH", `/api/v1/providers/${providers.find((provider) => provider.kind === "simulated")!.id}`, { settings: { simulated: { speed: 20 } } });
  const { models } = await call<{ models: { id: string; modelId: string }[] }>("GET", "/api/v1/models");
  const variantIds: string[] = [];
  for (const [index, modelId] of ["sim-fast", "sim-balanced", "sim-large"].entries()) {
    const { variant } = await call<{ variant: { id: string } }>("POST", "/api/v1/variants", { name: names[index], modelId: models.find((model) => model.modelId === modelId)!.id });
    variantIds.push(variant.id);
  }
  const { session: { id } } = await call<{ session: { id: string } }>("POST", "/api/v1/sessions", { title: "For review", variantIds });
  sessionId = id;
  for (const question of ["Explain caching.", "Explain retries."]) await call("POST", `/api/v1/sessions/${id}/turns`, { content: question });
  await admin.close();

  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${server.baseUrl}/login`);
  await page.getByLabel("Email").fill("rita@example.com");
  await page.getByLabel("Password").fill("reviewer password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${server.baseUrl}/review`);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("review", () => {
  it("starts with an empty leaderboard", async () => {
    await page.goto(`${server.baseUrl}/leaderboard`);
    await page.getByText("No votes yet").waitFor();
  });

  it("votes five blind pairs with the keyboard, names hidden until each vote", async () => {
    await page.goto(`${server.baseUrl}/review`);
    await page.getByTestId("review-pair").waitFor();
    await screenshot(page, "30-review-pair");
    for (let vote = 1; vote <= 5; vote++) {
      const before = await page.getByTestId("review-pair").textContent();
      const unrevealed = before?.replace(/Last vote:.*?\./, "");
      for (const name of [...names, "sim-fast", "sim-balanced", "sim-large"]) expect(unrevealed).not.toContain(name);
      const pairBefore = await page.getByTestId("review-pair").getAttribute("data-pair");
      await page.keyboard.press(vote % 2 === 0 ? "2" : "1");
      await expect.poll(() => page.getByTestId("revealed").textContent().catch(() => "")).toMatch(/A was .+, B was .+\./);
      // The next pair replaces the one just judged (6 pairs exist: 2 prompts × 3 variant pairs).
      await expect.poll(() => page.getByTestId("review-pair").getAttribute("data-pair")).not.toBe(pairBefore);
    }
    expect(await page.getByTestId("revealed").textContent()).toMatch(new RegExp(`(${names.join("|")})`));
  });

  it("rates two answers", async () => {
    await page.getByTestId("rating-panel").waitFor();
    await page.keyboard.press("r");
    await page.getByRole("button", { name: "A correctness 4" }).click();
    await page.getByRole("button", { name: "B correctness 2" }).click();
    await expect.poll(() => page.getByRole("button", { name: "B correctness 2" }).getAttribute("aria-pressed")).toBe("true");
  });

  it("shows the leaderboard with intervals built from those votes", async () => {
    await page.goto(`${server.baseUrl}/leaderboard`);
    await page.getByTestId("leaderboard-table").waitFor();
    expect(await page.getByText(/5 votes fitted/).count()).toBe(1);
    const rows = await page.getByTestId("leaderboard-table").locator("tbody tr").allTextContents();
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row).toMatch(/\d+ – \d+/);
    await screenshot(page, "31-leaderboard");

    await page.getByLabel("Session filter").selectOption({ label: "For review" });
    await page.getByText(/5 votes fitted/).waitFor();
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("From date").fill(tomorrow);
    await page.getByText("No votes match these filters.").waitFor();
    const csv = await page.request.get(`${server.baseUrl}/api/v1/review/export?kind=votes&format=csv`);
    expect((await csv.text()).trim().split("\r\n")).toHaveLength(6); // header + 5 votes
  });

  it("annotates a quoted span on the session page, highlighted in the answer, next to the vote record", async () => {
    await page.goto(`${server.baseUrl}/sessions/${sessionId}`);
    const cell = page.getByTestId("answer-0-A");
    await cell.getByTestId("answer-reviews").waitFor();
    const quote = await cell.evaluate((element) => {
      const paragraph = element.querySelector(".prose-answer p")!;
      const node = paragraph.firstChild!;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, 17); // "(Simulated answer"
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
    expect(quote).toBe("(Simulated answer");
    await cell.getByRole("button", { name: /Comment/ }).click();
    await cell.getByLabel("Comment", { exact: true }).fill("Says it is simulated: fine for a demo.");
    await cell.getByRole("button", { name: "Add comment" }).click();
    await cell.getByTestId("annotation").waitFor();
    expect(await cell.getByTestId("annotation").textContent()).toContain("Rita: Says it is simulated");
    expect(await cell.locator("mark.quote-mark").first().textContent()).toBe("(Simulated answer");
    expect(await page.getByTestId("vote-record").count()).toBeGreaterThan(0);
    await screenshot(page, "32-session-annotations");
  });
});

describe("reviewers (admin)", () => {
  it("marks a just-voted pair as gold, shows the reviewers' figures, and excludes and includes a reviewer on record", async () => {
    const admin = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await admin.goto(`${server.baseUrl}/login`);
    await admin.getByLabel("Email").fill("ada@example.com");
    await admin.getByLabel("Password").fill("correct horse battery");
    await admin.getByRole("button", { name: "Sign in" }).click();
    await admin.waitForURL(`${server.baseUrl}/compare`);

    await admin.goto(`${server.baseUrl}/review`);
    await admin.getByTestId("review-pair").waitFor();
    await admin.keyboard.press("1");
    await admin.getByRole("button", { name: "Mark as gold…" }).click();
    await admin.getByRole("button", { name: "Mark as gold", exact: true }).click();
    await admin.getByText("Marked as gold").waitFor();

    await admin.getByRole("link", { name: "Reviewers and gold pairs" }).click();
    await admin.waitForURL(`${server.baseUrl}/review/reviewers`);
    const rita = admin.getByTestId("reviewer-rita@example.com");
    await rita.waitFor();
    expect(await rita.locator("td").nth(1).textContent()).toBe("5");
    // Rita voted from the queue, so each of her votes has a time.
    expect(await rita.getByTestId("median-time").textContent()).toMatch(/\d+\.\d s.*median of 5/);
    expect(await admin.getByTestId("gold-pairs").locator("tbody tr").count()).toBe(1);

    await rita.getByRole("button", { name: "Exclude…" }).click();
    await rita.getByLabel("Why leave out Rita's votes").fill("Checking the exclusion record");
    await rita.getByRole("button", { name: "Exclude", exact: true }).click();
    await rita.getByTestId("excluded").waitFor();
    await rita.getByRole("button", { name: "History (1)" }).click();
    await admin.getByTestId("exclusion-history").getByText(/still left out/).waitFor();
    await screenshot(admin, "33-reviewers");

    await rita.getByRole("button", { name: "Include again" }).click();
    await admin.getByTestId("exclusion-history").getByText(/counted again .* by Ada/).waitFor();
    expect(await rita.getByTestId("excluded").count()).toBe(0);
    await admin.close();
  });
});

// Every page above ran under the strict Content-Security-Policy without the browser refusing anything.
it("met no Content-Security-Policy violation", () => expectNoCspViolations());
