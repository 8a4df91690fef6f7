// An editor judges a finished replay pairwise from the run page: picks a judge variant, writes a
// rubric, and reads the judge's consistency across the two orders, its wins per pair, and the
// judging's cost next to the run's own spend. Answers and the judge come from the wire server.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoCspViolations, launchBrowser, screenshot, pageRequest } from "../helpers/browser";
import { startJuxtaServer, type JuxtaServer } from "../helpers/juxta-server";
import { startWireServer, type WireServer } from "../fixtures/wire-server";

let wire: WireServer;
let server: JuxtaServer;
let browser: Browser;
let page: Page;
let runId = "";

const api = <T>(method: "GET" | "POST" | "PATCH", route: string, data?: unknown) => pageRequest<T>(page, method, `${server.baseUrl}/api/v1${route}`, data);

beforeAll(async () => {
  [wire, server] = await Promise.all([startWireServer(), startJuxtaServer("judging")]);
  wire.behave("wire-small", { chunks: ["The", " MARKER", " answer"] });
  wire.behave("wire-large", { chunks: ["A", " plain", " answer"] });
  // A fair judge: prefers the answer with the marker, wherever it is shown.
  wire.behave("wire-chat", {
    respond: (body) => {
      const prompt = (body.messages as Array<{ content: string }>).at(-1)!.content;
      const first = prompt.slice(prompt.indexOf("Answer 1:"), prompt.indexOf("Answer 2:"));
      return JSON.stringify({ winner: first.includes("MARKER") ? "first" : "second", reason: "It names the marker." });
    },
  });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await api("POST", "/setup", { name: "Eve", email: "eve@example.com", password: "correct horse battery" });
  const { provider } = await api<{ provider: { id: string } }>("POST", "/providers", { name: "Wire", kind: "openai_compatible", baseUrl: wire.openaiBaseUrl });
  await api("POST", `/providers/${provider.id}/models`, { modelIds: wire.models });
  const { models } = await api<{ models: Array<{ id: string; modelId: string }> }>("GET", "/models");
  for (const name of wire.models) {
    const model = models.find((candidate) => candidate.modelId === name)!;
    await api("PATCH", `/models/${model.id}`, { inputPricePerMTok: "10", outputPricePerMTok: "20" });
    await api("POST", "/variants", { name: `${name}-v`, modelId: model.id });
  }
  await api("POST", "/prompts", { name: "capitals", messages: [{ role: "user", content: "Capital of {{country}}?" }] });
  const { dataset } = await api<{ dataset: { id: string } }>("POST", "/datasets", { name: "countries" });
  await api("POST", `/datasets/${dataset.id}/import`, { format: "jsonl", content: ["France", "Peru", "Japan"].map((country) => JSON.stringify({ variables: { country } })).join("\n") });
  const { run } = await api<{ run: { id: string } }>("POST", "/runs", { kind: "replay", prompt: "capitals", dataset: "countries", variants: ["wire-small-v", "wire-large-v"], budgetUsd: 1 });
  runId = run.id;
  // The worker executes the run (expect.poll is for tests, not hooks).
  for (let waited = 0; (await api<{ run: { status: string } }>("GET", `/runs/${runId}`)).run.status !== "done"; waited += 250) {
    if (waited > 60_000) throw new Error("the run did not finish");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await wire?.close();
});

describe("judging a run", () => {
  it("starts a pairwise judging on the run page and shows consistency, wins and the judging cost", async () => {
    await page.goto(`${server.baseUrl}/runs/${runId}`);
    const section = page.getByTestId("run-judgings");
    await section.getByText("Not judged yet.").waitFor();
    await section.getByLabel("Judge variant").selectOption({ label: "wire-chat-v" });
    await section.getByLabel("Rubric").fill("The better answer names the MARKER.");
    await section.getByRole("button", { name: "Judge pairwise" }).click();
    const judging = section.getByTestId("judging");
    await expect.poll(() => judging.textContent(), { timeout: 60_000 }).toContain("wire-chat-v · done · 3/3 pairs");
    // 3 of 3 consistent: Wilson's interval [3 / (3 + 1.96²), 1] = [44 %, 100 %].
    expect(await judging.getByTestId("judging-numbers").textContent()).toMatch(/^Consistent in both orders: 100 % \(44–100 %, n = 3\) · judging cost \$0\.\d+ · 6 calls · \d+ tokens · mean \d+ ms$/);
    await judging.getByText("Rubric and wins per pair").click();
    await expect.poll(() => judging.getByTestId("judging-wins").locator("tbody tr").first().textContent()).toBe("wire-large-v vs wire-small-v030 (0)00");
    await page.reload();
    await expect.poll(() => page.getByTestId("run-cost").textContent()).toMatch(/^estimated \$0\.\d+ · spent \$0\.\d+ · \$0\.\d+ judging · \$0\.\d+ in total of a \$1\.0000 budget$/);
    await screenshot(page, "run-judging");
    expectNoCspViolations();
  });
});
