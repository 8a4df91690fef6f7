// A product owner compares three simulated variants with no API keys: streams and metrics,
// a second turn, stopping a column, blind mode, the session page with charts, exports, and the
// same session after a restart.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoCspViolations, launchBrowser, screenshot, pageRequest } from "../helpers/browser";
import { startWireServer } from "../fixtures/wire-server";
import { startJuxtaServer, type JuxtaServer } from "../helpers/juxta-server";

let server: JuxtaServer;
let browser: Browser;
let page: Page;
let sessionUrl = "";
const pageErrors: string[] = [];
const names = ["fast-one", "balanced-one", "large-one"];

const api = <T>(method: string, path: string, data?: unknown) => pageRequest<T>(page, method, `${server.baseUrl}${path}`, data);

beforeAll(async () => {
  server = await startJuxtaServer("compare");
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await api("POST", "/api/v1/setup", { name: "Pat PO", email: "po@example.com", password: "correct horse battery" });
  // Faster simulated models keep the test short; the shape (large is slowest) stays.
  const { providers } = await api<{ providers: { id: string; kind: string }[] }>("GET", "/api/v1/providers");
  const simulated = providers.find((provider) => provider.kind === "simulated")!;
  await api("PATCH", `/api/v1/providers/${simulated.id}`, { settings: { simulated: { speed: 4 } } });
  const { models } = await api<{ models: { id: string; modelId: string }[] }>("GET", "/api/v1/models");
  for (const [index, modelId] of ["sim-fast", "sim-balanced", "sim-large"].entries()) {
    await api("POST", "/api/v1/variants", { name: names[index], modelId: models.find((model) => model.modelId === modelId)!.id, seed: 1 });
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const column = (label: string) => page.getByTestId(`column-${label}`);
const answers = (label: string) => column(label).getByTestId("answer");

async function pick(variantNames: string[], blind = false) {
  await page.goto(`${server.baseUrl}/compare`);
  for (const name of variantNames) await page.getByRole("checkbox", { name, exact: true }).check();
  if (blind) await page.getByLabel(/Blind mode/).check();
  await page.getByRole("button", { name: "Start comparing" }).click();
  await page.waitForURL(/\/compare\?session=/);
  // The URL changes before the session has loaded: wait for its columns.
  await page.getByTestId("column-header").nth(variantNames.length - 1).waitFor();
}

async function send(text: string) {
  const box = page.getByLabel("Message to every column");
  await box.fill(text);
  await box.press("Control+Enter");
}

describe("compare playground", () => {
  it("streams three variants side by side with their metrics", async () => {
    await pick(names);
    await send("How should we choose a model for support tickets?");
    await page.locator('[data-testid="answer"][data-status="streaming"]').first().waitFor();
    await screenshot(page, "20-compare-streaming");
    for (const label of ["A", "B", "C"]) await answers(label).and(page.locator('[data-status="done"]')).first().waitFor({ timeout: 30_000 });
    for (const label of ["A", "B", "C"]) {
      const metrics = column(label).getByTestId("metrics").first();
      expect(await metrics.locator('[data-metric="TTFT"]').textContent()).toMatch(/\d+ ms|\d\.\d+ s/);
      expect(await metrics.locator('[data-metric="cost"]').textContent()).toMatch(/^\$/);
      expect(await answers(label).first().textContent()).toContain("(Simulated answer)");
    }
    expect(await column("A").getByTestId("column-header").textContent()).toContain("fast-one");
    expect(await column("A").getByTestId("column-header").textContent()).toContain("simulated");
    sessionUrl = page.url();
    await screenshot(page, "21-compare-done");
  });

  it("keeps chatting, and stops one column while the others finish", async () => {
    await send("And what about cost?");
    await answers("C").nth(1).and(page.locator('[data-status="streaming"]')).waitFor();
    await column("C").getByRole("button", { name: "Stop" }).click();
    await answers("C").nth(1).and(page.locator('[data-status="cancelled"]')).waitFor({ timeout: 30_000 });
    for (const label of ["A", "B"]) await answers(label).nth(1).and(page.locator('[data-status="done"]')).waitFor({ timeout: 30_000 });
    expect(await column("C").getByTestId("answer-error").last().textContent()).toContain("Stopped");
    expect(await column("A").getByText("You ·").count()).toBe(2);
    await screenshot(page, "22-compare-stopped");
  });

  it("edits a column's settings for the next turns", async () => {
    await column("A").getByRole("button", { name: "Change" }).click();
    await column("A").getByLabel("Temperature").fill("0.1");
    await column("A").getByRole("button", { name: "Use these settings from the next turn" }).click();
    await expect.poll(() => column("A").getByTestId("column-header").textContent()).toContain("fast-one · edit 1");
    // Earlier answers keep the variant they were made with; the new one is saved like any other.
    const { variants } = await api<{ variants: { name: string; temperature: number | null }[] }>("GET", "/api/v1/variants");
    expect(variants.find((variant) => variant.name === "fast-one · edit 1")).toMatchObject({ temperature: 0.1 });
  });

  it("hides names in blind mode until they are revealed", async () => {
    await pick(names, true);
    const headers = await page.getByTestId("column-header").allTextContents();
    expect(headers.map((text) => text.trim())).toEqual(["AVariant A", "BVariant B", "CVariant C"]);
    await send("Blind question");
    for (const label of ["A", "B", "C"]) await answers(label).and(page.locator('[data-status="done"]')).waitFor({ timeout: 30_000 });
    const body = await page.locator("main").textContent();
    for (const name of names) expect(body).not.toContain(name);
    // Nor any timing, token count or cost: $0.00004 next to $0.006 would name the model.
    for (const metrics of await page.getByTestId("metrics").allTextContents()) expect(metrics).toBe("metrics hidden until names are revealed");
    expect(body).not.toMatch(/\$0\.|TTFT|tok\/s/);
    // Vote right here, blind: A against B. The vote reveals nothing and counts on the leaderboard.
    const voteBar = page.getByTestId("blind-vote");
    await voteBar.getByRole("button", { name: "A is better" }).click();
    await expect.poll(() => voteBar.getByTestId("blind-vote-cast").textContent().catch(() => "")).toContain("A is better (A vs B)");
    expect(await page.locator("main").textContent()).not.toMatch(/fast-one|balanced-one|large-one/);
    await screenshot(page, "23-blind");
    // The reveal shows names and metrics in place, without a reload.
    await page.getByRole("button", { name: "Reveal names" }).click();
    await expect.poll(async () => (await page.getByTestId("column-header").allTextContents()).join(" ")).toMatch(/fast-one|balanced-one|large-one/);
    await expect.poll(async () => (await page.getByTestId("metrics").allTextContents()).join(" ")).toMatch(/TTFT/);
    expect((await page.getByTestId("metrics").allTextContents()).join(" ")).not.toContain("hidden");
    await screenshot(page, "23b-blind-revealed");
    await page.goto(`${server.baseUrl}/leaderboard`);
    await expect.poll(() => page.locator("main").textContent()).toMatch(/(^|\D)1 votes? fitted/);
  });

  it("shows the session page with charts, and exports every format", async () => {
    const id = new URL(sessionUrl).searchParams.get("session")!;
    await page.goto(`${server.baseUrl}/sessions/${id}`);
    await page.getByTestId("session-charts").waitFor();
    for (const chart of ["chart-ttft", "chart-total", "chart-tokens", "chart-cost"]) {
      await page.getByTestId(chart).locator(".recharts-surface").first().waitFor();
    }
    expect(await page.getByTestId("chart-ttft").locator(".recharts-line").count()).toBe(3);
    await screenshot(page, "24-session-page");
    for (const format of ["json", "csv", "md"]) {
      const response = await page.request.get(`${server.baseUrl}/api/v1/sessions/${id}/export?format=${format}`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-disposition"]).toContain(`.${format}"`);
      expect(await response.text()).toContain("support tickets");
    }
  });

  it("finds sessions by prompt text", async () => {
    await page.goto(`${server.baseUrl}/sessions`);
    await page.getByLabel("Search sessions").fill("what about cost");
    await expect.poll(() => page.getByTestId("sessions-table").locator("tbody tr").count()).toBe(1);
    expect(await page.getByTestId("sessions-table").textContent()).toContain("How should we choose a model");
    expect(pageErrors).toEqual([]);
  });

  it("compares twelve columns: the newest turn in view, headers on top after a sideways scroll, scrolling apart, folded answers, copies", async () => {
    const { models } = await api<{ models: { id: string; modelId: string }[] }>("GET", "/api/v1/models");
    // Ten more: twelve columns, and a thirteenth variant to be refused.
    const wide = Array.from({ length: 10 }, (_, index) => `wide-${index + 1}`);
    for (const [index, name] of wide.entries()) {
      await api("POST", "/api/v1/variants", { name, modelId: models.find((model) => model.modelId === (index % 2 ? "sim-fast" : "sim-large"))!.id, seed: index });
    }
    const twelve = [...names, ...wide.slice(0, 9)];
    const { variants } = await api<{ variants: { id: string; name: string }[] }>("GET", "/api/v1/variants");
    // Thirteen is one too many, with a clear reason.
    const tooMany = await page.request.post(`${server.baseUrl}/api/v1/sessions`, { data: { variantIds: variants.slice(0, 13).map((variant) => variant.id) } });
    expect(tooMany.status()).toBe(400);
    expect(await tooMany.text()).toContain("Pick at most 12 variants.");

    // A shorter window, so that one turn of answers is taller than the columns' scroller.
    await page.setViewportSize({ width: 1500, height: 760 });
    await pick(twelve);
    await send("Twelve at once");
    for (const label of "ABCDEFGHIJKL") await answers(label).and(page.locator('[data-status="done"]')).waitFor({ timeout: 60_000 });
    expect(await page.getByText("12 columns · 1 turn ·").count()).toBe(1);
    // The columns scroll sideways inside their own box; the page itself does not.
    const scroller = page.getByTestId("columns-scroller");
    const widths = await scroller.evaluate((box) => ({ box: box.scrollWidth > box.clientWidth, page: document.documentElement.scrollWidth <= window.innerWidth }));
    expect(widths).toEqual({ box: true, page: true });
    await screenshot(page, "25-compare-twelve");

    // A new turn scrolls into view, just under the headers, in every column at once.
    await send("A second turn, as a bulleted list"); // Markdown answers, for the copies below
    for (const label of "ABCDEFGHIJKL") await answers(label).nth(1).and(page.locator('[data-status="done"]')).waitFor({ timeout: 60_000 });
    // Just under the headers, or as far as the scroller goes when the new turn is short.
    const newestTurnInView = async () => {
      const [turn, header] = await Promise.all([column("A").locator("li[data-turn]").nth(1).boundingBox(), column("A").getByTestId("column-header").boundingBox()]);
      const gap = turn!.y - (header!.y + header!.height);
      const atEnd = await scroller.evaluate((box) => box.scrollTop + box.clientHeight >= box.scrollHeight - 2);
      return gap > -4 && (gap < 4 || atEnd);
    };
    await expect.poll(newestTurnInView, { timeout: 5_000 }).toBe(true);
    expect(await scroller.evaluate((box) => box.scrollTop)).toBeGreaterThan(50);
    // Each turn is one row across the columns: turn 2 starts at the same height in A and in L.
    const turnTwoTops = await page.locator("li[data-turn]:nth-child(2)").evaluateAll((items) => new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))).size);
    expect(turnTwoTops).toBe(1);

    // Scrolled sideways to the last column, its header is still on top of the scroller, over its answers.
    await scroller.evaluate((box) => box.scrollTo({ left: box.scrollWidth, top: box.scrollTop }));
    const [header, box] = await Promise.all([column("L").getByTestId("column-header").boundingBox(), scroller.boundingBox()]);
    expect(await scroller.evaluate((element) => [element.scrollLeft > 0, element.scrollTop > 50])).toEqual([true, true]);
    expect(Math.abs(header!.y - box!.y)).toBeLessThan(2);
    expect(header!.x).toBeGreaterThanOrEqual(box!.x - 1);
    expect(header!.x + header!.width).toBeLessThanOrEqual(box!.x + box!.width + 1);
    await screenshot(page, "25b-compare-twelve-scrolled");

    // Apart: each column scrolls on its own (each starts at its newest turn), the others stay put.
    await page.getByRole("switch", { name: "Scroll columns together" }).click();
    await expect.poll(() => scroller.getAttribute("data-together")).toBe("false");
    const own = (label: string) => column(label).locator("[data-column-scroller]");
    await expect.poll(() => own("A").evaluate((list) => list.scrollTop)).toBeGreaterThan(0);
    // Each column scrolls smoothly to its newest turn: wait until B has arrived.
    const settled = (label: string) => own(label).evaluate((list) => new Promise<number>((resolve) => {
      let last = -1;
      const check = () => (list.scrollTop === last ? resolve(last) : ((last = list.scrollTop), setTimeout(check, 250)));
      check();
    }));
    const before = await settled("B");
    await own("A").evaluate((list) => list.scrollTo({ top: 0 }));
    expect(await own("A").evaluate((list) => list.scrollTop)).toBe(0);
    expect(await own("B").evaluate((list) => list.scrollTop)).toBe(before);
    await page.getByRole("switch", { name: "Scroll columns together" }).click();
    await expect.poll(() => scroller.getAttribute("data-together")).toBe("true");

    // Long answers are folded; one click shows the whole of it.
    await scroller.evaluate((box) => box.scrollTo({ top: 0, left: 0 }));
    const folded = await page.locator("[data-folded]").first().elementHandle();
    const foldedHeight = (await folded!.boundingBox())!.height;
    await (await folded!.$("xpath=.."))!.$("button:has-text('Show the whole answer')").then((button) => button!.click());
    await expect.poll(async () => (await folded!.boundingBox())!.height).toBeGreaterThan(foldedHeight + 50);
    expect(await folded!.getAttribute("data-folded")).toBeNull();

    // Copy: the Markdown source as saved, or the answer as it reads (no Markdown marks); a
    // simulated model has no curl. The answer: the first with bold text in it.
    const id = new URL(page.url()).searchParams.get("session")!;
    const { session } = await api<{ session: { columns: { id: string; label: string }[]; turns: { completions: { columnId: string; text: string }[] }[] } }>("GET", `/api/v1/sessions/${id}`);
    const [turnIndex, saved] = session.turns.flatMap((turn, index) => turn.completions.filter((completion) => completion.text.includes("**")).map((completion) => [index, completion] as const))[0]!;
    const answer = answers(session.columns.find((candidate) => candidate.id === saved.columnId)!.label).nth(turnIndex);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.baseUrl });
    const copyFrom = async (item: string) => {
      await page.evaluate(() => navigator.clipboard.writeText(""));
      await answer.getByRole("button", { name: "Copy" }).click();
      await page.getByRole("menuitem", { name: item }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe("");
      return page.evaluate(() => navigator.clipboard.readText());
    };
    expect(await copyFrom("Copy as Markdown")).toBe(saved.text);
    const plainText = await copyFrom("Copy answer");
    expect(plainText).toBe((await answer.locator(".prose-answer").innerText()).trim());
    expect(plainText).not.toContain("**");
    await answer.getByRole("button", { name: "Copy" }).click();
    expect(await page.getByRole("menuitem", { name: "Copy request as curl" }).getAttribute("aria-disabled")).toBe("true");
    await page.keyboard.press("Escape");
  });

  it("copies a request as curl without its key, and keeps the composer clear of answers and toasts on a phone", async () => {
    const secret = "sk-e2e-compare-secret-0123456789";
    const wire = await startWireServer();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.baseUrl });
    try {
      const { provider } = await api<{ provider: { id: string } }>("POST", "/api/v1/providers", { name: "Wire", kind: "openai_compatible", baseUrl: wire.openaiBaseUrl, apiKey: secret });
      const { models } = await api<{ models: { id: string }[] }>("POST", `/api/v1/providers/${provider.id}/models`, { modelIds: ["wire-small"] });
      await api("POST", "/api/v1/variants", { name: "wire-small-e2e", modelId: models[0]!.id, temperature: 0.3 });
      await page.setViewportSize({ width: 390, height: 844 });
      await pick(["wire-small-e2e", "fast-one"]);
      await send("Which model is this?");
      for (const label of ["A", "B"]) await answers(label).and(page.locator('[data-status="done"]')).waitFor({ timeout: 30_000 });
      await answers("A").getByRole("button", { name: "Copy" }).click();
      await page.getByRole("menuitem", { name: "Copy request as curl" }).click();
      const toast = page.locator("[data-sonner-toast]").filter({ hasText: "copied" });
      await toast.waitFor();
      const curl = await page.evaluate(() => navigator.clipboard.readText());
      expect(curl).toContain(`${wire.openaiBaseUrl}/chat/completions`);
      expect(curl).toContain("$OPENAI_API_KEY");
      expect(curl).toContain("Which model is this?");
      expect(curl).not.toContain(secret);
      expect(await page.content()).not.toContain(secret);

      // With the toast showing: the composer is whole on screen, the toast is not over it, and the
      // answers' scroller ends above it.
      const [composer, toastBox, scroller] = await Promise.all([page.getByTestId("composer").boundingBox(), toast.boundingBox(), page.getByTestId("columns-scroller").boundingBox()]);
      expect(composer!.y).toBeGreaterThanOrEqual(0);
      expect(composer!.y + composer!.height).toBeLessThanOrEqual(844);
      expect(toastBox!.y + toastBox!.height <= composer!.y || toastBox!.y >= composer!.y + composer!.height).toBe(true);
      expect(scroller!.y + scroller!.height).toBeLessThanOrEqual(composer!.y);
      await screenshot(page, "26-compare-phone");
    } finally {
      await page.setViewportSize({ width: 1500, height: 1000 });
      await wire.close();
    }
  });

  it("reads the same after a restart", async () => {
    const id = new URL(sessionUrl).searchParams.get("session")!;
    const before = await api<{ session: unknown }>("GET", `/api/v1/sessions/${id}`);
    const { dataDir, baseUrl } = server;
    // Nothing left polling the server while it is down (the page would log refused requests).
    await page.goto("about:blank");
    await server.stop({ keepData: true });
    server = await startJuxtaServer("compare", {}, { reuse: { dataDir, port: Number(new URL(baseUrl).port) } });
    // The login survives the restart too: the same cookie still works.
    expect(await api<{ session: unknown }>("GET", `/api/v1/sessions/${id}`)).toEqual(before);
    await page.goto(sessionUrl);
    await answers("C").nth(1).waitFor();
    expect(await answers("C").nth(1).getAttribute("data-status")).toBe("cancelled");
  });
});

// Every page above ran under the strict Content-Security-Policy without the browser refusing anything.
it("met no Content-Security-Policy violation", () => expectNoCspViolations());
