// The leaderboard says how sure it is, in sentences a reader sees: votes that never connected two
// sets of variants are ranked as separate groups, one-sided records are flagged, and neighbours
// a few votes cannot tell apart are called effectively tied.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoCspViolations, launchBrowser, screenshot } from "../helpers/browser";
import { startJuxtaServer, type JuxtaServer } from "../helpers/juxta-server";

let server: JuxtaServer;
let browser: Browser;
let admin: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startJuxtaServer("leaderboard-evidence");
  browser = await launchBrowser();
  admin = await browser.newContext();
  const call = async <T>(method: string, path: string, data?: unknown) => {
    const response = await admin.request.fetch(`${server.baseUrl}${path}`, { method, data });
    expect(response.ok(), `${method} ${path}`).toBe(true);
    return (path.endsWith("/turns") ? null : await response.json()) as T;
  };
  await call("POST", "/api/v1/setup", { name: "Ada", email: "ada@example.com", password: "correct horse battery" });
  const { providers } = await call<{ providers: { id: string; kind: string }[] }>("GET", "/api/v1/providers");
  await call("PATCH", `/api/v1/providers/${providers.find((provider) => provider.kind === "simulated")!.id}`, { settings: { simulated: { speed: 20 } } });
  const { models } = await call<{ models: { id: string; modelId: string }[] }>("GET", "/api/v1/models");
  const variant = async (name: string) => (await call<{ variant: { id: string } }>("POST", "/api/v1/variants", { name, modelId: models.find((model) => model.modelId === "sim-fast")!.id })).variant.id;
  /** A session of two variants, one turn per vote; `winners[k]` is the variant that wins turn k. */
  const voted = async (first: string, second: string, winners: string[]) => {
    const { session: { id } } = await call<{ session: { id: string } }>("POST", "/api/v1/sessions", { title: `${first} v ${second}`, variantIds: [first, second] });
    for (const [index] of winners.entries()) await call("POST", `/api/v1/sessions/${id}/turns`, { content: `Question ${index}` });
    const { session } = await call<{ session: { columns: { id: string; variant: { id: string } }[]; turns: { completions: { id: string; columnId: string }[] }[] } }>("GET", `/api/v1/sessions/${id}`);
    const variantOf = (columnId: string) => session.columns.find((column) => column.id === columnId)!.variant.id;
    for (const [index, turn] of session.turns.entries()) {
      const [a, b] = turn.completions;
      await call("POST", "/api/v1/votes", { completionAId: a!.id, completionBId: b!.id, choice: variantOf(a!.columnId) === winners[index] ? "a" : "b" });
    }
  };
  const [alpha, bravo, charlie, delta] = [await variant("alpha"), await variant("bravo"), await variant("charlie"), await variant("delta")];
  await voted(alpha, bravo, [alpha, alpha, alpha]); // one run: alpha never lost
  await voted(charlie, delta, [charlie, delta]); // another: one each
  page = await admin.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("leaderboard evidence", () => {
  it("ranks two unconnected groups apart, flags a one-sided record and calls a 1–1 pair effectively tied", async () => {
    await page.goto(`${server.baseUrl}/leaderboard`);
    await page.getByTestId("leaderboard-table").waitFor();
    expect(await page.getByText(/5 votes fitted/).count()).toBe(1);
    const groups = await page.getByTestId("vote-groups").textContent();
    expect(groups).toContain("2 groups that were never compared with each other");
    expect(groups).toContain("group 1 — alpha, bravo (3 votes)");
    expect(groups).toMatch(/group 2 — (charlie, delta|delta, charlie) \(2 votes\)/);
    const flags = await page.getByTestId("record-flags").textContent();
    expect(flags).toContain("alpha has not lost a vote yet (3 won, 0 lost)");
    expect(flags).toContain("bravo has not won a vote yet (0 won, 3 lost)");
    const separation = await page.getByTestId("separation").allTextContents();
    expect(separation.join(" ")).toMatch(/(charlie and delta|delta and charlie) are not separated yet and are effectively tied/);
    expect(separation.join(" ")).toContain("alpha and bravo are not separated yet");
    const rows = await page.getByTestId("leaderboard-table").locator("tbody tr").allTextContents();
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^11alpha.*no losses yet.*\d+ – \d+3$/);
    await screenshot(page, "33-leaderboard-groups");
  });
});

it("met no Content-Security-Policy violation", () => expectNoCspViolations());
