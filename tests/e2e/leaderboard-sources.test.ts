// The leaderboard by source in the browser: humans and a judge together, the judge's consistency
// and agreement with the humans in sentences, and the length-controlled column. The judge's
// verdicts are written straight into the server's database (the judging service fills them in
// production), on the very pairs the reviewer voted on.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "../../lib/db/client";
import { expectNoCspViolations, launchBrowser, screenshot } from "../helpers/browser";
import { startJuxtaServer, type JuxtaServer } from "../helpers/juxta-server";

let server: JuxtaServer;
let browser: Browser;
let admin: BrowserContext;
let page: Page;
const TURNS = 12;

beforeAll(async () => {
  server = await startJuxtaServer("leaderboard-sources");
  browser = await launchBrowser();
  admin = await browser.newContext();
  const call = async <T>(method: string, urlPath: string, data?: unknown) => {
    const response = await admin.request.fetch(`${server.baseUrl}${urlPath}`, { method, data });
    expect(response.ok(), `${method} ${urlPath}`).toBe(true);
    return (urlPath.endsWith("/turns") ? null : await response.json()) as T;
  };
  await call("POST", "/api/v1/setup", { name: "Ada", email: "ada@example.com", password: "correct horse battery" });
  const { providers } = await call<{ providers: { id: string; kind: string }[] }>("GET", "/api/v1/providers");
  await call("PATCH", `/api/v1/providers/${providers.find((provider) => provider.kind === "simulated")!.id}`, { settings: { simulated: { speed: 20 } } });
  const { models } = await call<{ models: { id: string; modelId: string }[] }>("GET", "/api/v1/models");
  const variant = async (name: string) => (await call<{ variant: { id: string } }>("POST", "/api/v1/variants", { name, modelId: models.find((model) => model.modelId === "sim-fast")!.id })).variant.id;
  const [alpha, bravo, judge] = [await variant("alpha"), await variant("bravo"), await variant("strict-judge")];
  const { session: { id } } = await call<{ session: { id: string } }>("POST", "/api/v1/sessions", { title: "alpha v bravo", variantIds: [alpha, bravo] });
  for (let index = 0; index < TURNS; index++) await call("POST", `/api/v1/sessions/${id}/turns`, { content: `Question ${index}` });
  const { session } = await call<{ session: { columns: { id: string; variant: { id: string } }[]; turns: { completions: { id: string; columnId: string }[] }[] } }>("GET", `/api/v1/sessions/${id}`);
  const variantOf = (columnId: string) => session.columns.find((column) => column.id === columnId)!.variant.id;
  // alpha wins 8 of 12 with the human.
  for (const [index, turn] of session.turns.entries()) {
    const [a, b] = turn.completions;
    const winner = index < 8 ? alpha : bravo;
    await call("POST", "/api/v1/votes", { completionAId: a!.id, completionBId: b!.id, choice: variantOf(a!.columnId) === winner ? "a" : "b" });
  }

  const { databaseUrl } = JSON.parse(readFileSync(path.join(server.dataDir, "juxta-runtime.json"), "utf8")) as { databaseUrl: string };
  process.env.DATABASE_URL = databaseUrl;
  const owner = await db().user.findFirstOrThrow();
  const run = await db().run.create({ data: { kind: "replay", createdById: owner.id } });
  const judging = await db().judging.create({ data: { runId: run.id, judgeVariantId: judge, rubric: "Which answer is more accurate?", status: "done", createdById: owner.id } });
  const votes = await db().vote.findMany({ orderBy: { createdAt: "asc" } });
  const other = { a: "b", b: "a", tie: "tie", both_bad: "both_bad" } as const;
  // Verdict 0 flips with the order (a tie), 1 and 2 contradict the human, 3–11 agree:
  // consistency 11 of 12, agreement with the human on 9 of 12.
  for (const [k, vote] of votes.entries()) {
    const agreed = k >= 3 ? vote.choice : other[vote.choice];
    const data = k === 0 ? { choiceAFirst: vote.choice, choiceBFirst: other[vote.choice], choice: "tie" as const, consistent: false } : { choiceAFirst: agreed, choiceBFirst: agreed, choice: agreed, consistent: true };
    await db().judgeVerdict.create({ data: { judgingId: judging.id, completionAId: vote.completionAId, completionBId: vote.completionBId, ...data } });
  }
  page = await admin.newPage();
  await page.setViewportSize({ width: 1400, height: 1100 });
});

afterAll(async () => {
  await disconnectDb();
  await browser?.close();
  await server?.stop();
});

describe("leaderboard sources", () => {
  it("ranks humans and judge together, shows the judge's consistency and agreement, and controls for length", async () => {
    await page.goto(`${server.baseUrl}/leaderboard`);
    await page.getByTestId("leaderboard-table").waitFor();
    expect(await page.getByTestId("leaderboard-summary").textContent()).toContain("Ranked from human votes.");
    await page.getByLabel("Source").selectOption("both");
    await page.getByTestId("judge-panel").waitFor();
    const summary = await page.getByTestId("leaderboard-summary").textContent();
    expect(summary).toContain("Ranked from human votes and judge verdicts (12 human, 12 judge)");
    expect(summary).toContain("24 votes fitted");
    expect(await page.getByTestId("judge-consistency").textContent()).toContain("92% of 12 pairs kept their verdict when the answers swapped sides");
    const agreement = await page.getByTestId("judge-agreement").textContent();
    expect(agreement).toContain("Agreement with human reviewers on 12 shared pairs");
    expect(agreement).toContain("the judge chose as the human majority did on 75% of 12 pairs");
    expect(agreement).toMatch(/nominal -?\d\.\d\d \(95% CI/);
    await page.getByLabel("Control for length").check();
    await page.getByTestId("length-effect").waitFor();
    expect(await page.getByTestId("length-controlled").count()).toBe(2);
    expect(await page.getByTestId("length-controlled").first().textContent()).toMatch(/^\d+ \(\d+ – \d+\)$/);
    await screenshot(page, "34-leaderboard-sources");
  });
});

it("met no Content-Security-Policy violation", () => expectNoCspViolations());
