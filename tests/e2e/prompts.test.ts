// An engineer keeps a prompt in the library: version 1, an edited version 2, the diff between
// them, a preview with variable values, and "Open in Compare" with the whole prompt (message,
// variables, system message); then a dataset filled by dropping files on the import dialog, with
// a preview, a column mapping, readable problems, skip-or-replace on re-import, search and tags.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allowPageProblems, expectNoCspViolations, launchBrowser, pageRequest, screenshot } from "../helpers/browser";
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
    // The empty library's call to action leads to the form beside it.
    await page.getByRole("button", { name: "Write a prompt" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("prompt-name");
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

  it("shows what changed from v1 to v2, word by word", async () => {
    await page.getByRole("tab", { name: "Changes" }).click();
    const diff = page.getByTestId("version-diff");
    await diff.waitFor();
    expect((await diff.locator('[data-change="removed"]').allTextContents()).join(" ")).toContain("helpful assistant");
    expect((await diff.locator('[data-change="added"]').allTextContents()).join(" ")).toContain("support tickets for {{product}}");
    expect(await diff.locator('[data-status="same"]').count()).toBe(1);
    await screenshot(page, "40b-prompt-diff");
  });

  it("opens the whole prompt in Compare: the user message, the variables and the system message, with no new variants", async () => {
    await page.getByRole("link", { name: "Open in Compare" }).click();
    await page.waitForURL(/\/compare\?prompt=/);
    const handoff = page.getByTestId("prompt-handoff");
    await handoff.getByText("ticket-triage@v2").waitFor();
    expect(await handoff.getByLabel("Variables").textContent()).toContain("{{product}} = Juxta");
    expect(await handoff.getByTestId("handoff-system").textContent()).toBe("You triage support tickets for Juxta.");
    for (const name of ["sim-fast", "sim-balanced"]) {
      await page.getByLabel("Quick model").selectOption({ label: `Simulated · ${name} (simulated)` });
      await page.getByRole("button", { name: "Add column" }).click();
      await page.getByRole("checkbox", { name: `${name} · t=0.7`, exact: true }).waitFor();
    }
    const variantNames = async () => ((await (await page.request.get(`${server.baseUrl}/api/v1/variants`)).json()) as { variants: { name: string }[] }).variants.map((variant) => variant.name).sort();
    const before = await variantNames();
    await page.getByRole("button", { name: "Start comparing" }).click();
    await page.waitForURL(/\/compare\?session=/);
    await expect.poll(() => page.getByLabel("Message to every column").inputValue()).toBe("Classify this Juxta ticket: Charts do not load");
    // The session carries the prompt; the columns run the variants picked, as they are.
    const header = page.getByTestId("session-prompt");
    expect(await header.locator("summary").textContent()).toBe("Prompt: ticket-triage v2 — system message");
    await header.locator("summary").click();
    expect(await header.getByTestId("session-prompt-system").textContent()).toBe("You triage support tickets for Juxta.");
    await header.getByText("Both are sent; neither replaces the other.").waitFor();
    await expect.poll(() => header.locator("ul > li").first().textContent()).toContain("A · sim-fast · t=0.7 sends");
    expect(await header.locator("ul > li").first().textContent()).toContain("prompt · You triage support tickets for Juxta.");
    expect(await variantNames()).toEqual(before);
    expect(before.some((name) => name.includes("ticket-triage"))).toBe(false);
    await page.getByTestId("column-A").getByText("sim-fast · t=0.7").first().waitFor();
    await screenshot(page, "40c-compare-from-prompt");
    await page.emulateMedia({ colorScheme: "dark" });
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(true);
    await screenshot(page, "40d-compare-from-prompt-dark");
    await page.emulateMedia({ colorScheme: "light" });
  });

  /** Drops a file on the import dialog's drop zone, as a person dragging it from their desktop. */
  async function dropFile(name: string, content: string) {
    const dataTransfer = await page.evaluateHandle(([fileName, text]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], fileName, { type: "text/plain" }));
      return transfer;
    }, [name, content] as const);
    await page.getByTestId("file-drop").dispatchEvent("dragover", { dataTransfer });
    await page.getByTestId("file-drop").dispatchEvent("drop", { dataTransfer });
  }

  const tickets = 'question;answer;labels;notes\nCharts do not load, again;bug;"ui,charts";internal\nExport is empty;bug;export;internal\n';

  it("imports a dropped semicolon CSV after a preview, with its columns mapped", async () => {
    await page.goto(`${server.baseUrl}/datasets`);
    await page.getByRole("button", { name: "Create a dataset" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("dataset-name");
    await page.getByLabel("Name").fill("tickets");
    await page.getByRole("button", { name: "Create dataset" }).click();
    await page.waitForURL(/\/datasets\/[0-9a-f-]{36}$/);
    await page.getByTestId("empty-state").waitFor();
    await page.getByRole("button", { name: "Import a file" }).click();
    await dropFile("tickets.csv", tickets);
    const preview = page.getByTestId("import-preview");
    await preview.waitFor();
    expect(await preview.locator("tbody tr").count()).toBe(2);
    expect(await page.getByLabel("Column answer is").inputValue()).toBe("variable");
    await page.getByLabel("Column answer is").selectOption("expected");
    await page.getByLabel("Column labels is").selectOption("tags");
    await page.getByLabel("Column notes is").selectOption("ignore");
    await expect.poll(() => page.getByTestId("import-summary").textContent()).toContain("2 cases ready");
    await screenshot(page, "41a-import-preview");
    await page.getByRole("button", { name: "Import 2 cases" }).click();
    await expect.poll(() => page.getByTestId("cases-table").locator("tbody tr").count().catch(() => 0)).toBe(2);
    const table = await page.getByTestId("cases-table").textContent();
    expect(table).toContain("Charts do not load, again");
    expect(table).not.toContain("internal");
    expect(await page.getByRole("button", { name: /^charts/ }).count()).toBe(1);
  });

  it("re-imports: names the problem of a bad line, then asks to skip or replace the cases already there", async () => {
    // The import answers 409 on purpose when cases are already there: that is the question.
    allowPageProblems("[response 409] POST", "status of 409 (Conflict)");
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await dropFile("bad.jsonl", '{"question":"x","assertions":[{"type":"regex","pattern":"("}]}\n');
    await page.getByTestId("import-problems").getByText("Line 1, assertions: assertion 1 — That is not a valid regular expression.").waitFor();
    expect(await page.getByRole("button", { name: /^Import/ }).last().isDisabled()).toBe(true);

    const again = 'question;answer;labels;assertions\nExport is empty;not a bug;export;\nLogin loops;bug;auth;"[{""type"":""contains"",""value"":""bug""}]"\n';
    await dropFile("again.csv", again);
    await page.getByLabel("Column answer is").selectOption("expected");
    await page.getByLabel("Column labels is").selectOption("tags");
    await expect.poll(() => page.getByTestId("import-summary").textContent()).toContain("2 cases ready");
    await page.getByRole("button", { name: "Import 2 cases" }).click();
    const choice = page.getByTestId("duplicates-choice");
    await choice.getByText("1 case in the file is already in this dataset").waitFor();
    await screenshot(page, "41b-import-duplicates");
    await choice.getByRole("button", { name: "Replace 1 duplicate" }).click();
    await expect.poll(() => page.getByTestId("cases-table").locator("tbody tr").count()).toBe(3);
    expect(await page.getByTestId("cases-table").textContent()).toContain("not a bug");

    await page.getByRole("button", { name: "Import", exact: true }).click();
    await dropFile("again.csv", again.replace("Login loops", "Slow search"));
    await page.getByLabel("Column answer is").selectOption("expected");
    await page.getByLabel("Column labels is").selectOption("tags");
    await expect.poll(() => page.getByTestId("import-summary").textContent()).toContain("2 cases ready");
    await page.getByRole("button", { name: "Import 2 cases" }).click();
    await page.getByTestId("duplicates-choice").getByRole("button", { name: "Skip 1 duplicate" }).click();
    await expect.poll(() => page.getByTestId("cases-table").locator("tbody tr").count()).toBe(4);
  });

  it("searches the cases and filters them by tag and by assertions", async () => {
    await page.getByLabel("Search cases").fill("EXPORT");
    await expect.poll(() => page.getByTestId("case-row").count()).toBe(1);
    await page.getByLabel("Search cases").fill("");
    await expect.poll(() => page.getByTestId("case-row").count()).toBe(4);
    await page.getByRole("button", { name: /^charts/ }).click();
    await expect.poll(() => page.getByTestId("cases-count").textContent()).toBe("1–1 of 1 (filtered from 4)");
    await page.getByRole("button", { name: /^charts/ }).click();
    await page.getByRole("button", { name: /^auth/ }).click();
    await expect.poll(() => page.getByTestId("case-row").count()).toBe(2);
    await page.getByRole("button", { name: /^auth/ }).click();
    await page.getByLabel("Assertions", { exact: true }).selectOption("with");
    await expect.poll(() => page.getByTestId("cases-count").textContent()).toBe("1–2 of 2 (filtered from 4)");
    expect(await page.getByTestId("assertion-badge").allTextContents()).toEqual(["1", "1"]);
    await page.getByLabel("Assertions", { exact: true }).selectOption("");
    await screenshot(page, "41-dataset");
  });
});

describe("a run of the prompt", () => {
  it("says on the run's page how each variant's system prompt and the prompt's system message combine", async () => {
    const api = <T>(method: "GET" | "POST", route: string, data?: unknown) => pageRequest<T>(page, method, `${server.baseUrl}/api/v1${route}`, data);
    const { dataset } = await api<{ dataset: { id: string } }>("POST", "/datasets", { name: "triage-cases" });
    await api("POST", `/datasets/${dataset.id}/import`, { format: "jsonl", content: JSON.stringify({ product: "Juxta", ticket: "Slow" }) });
    const { variants } = await api<{ variants: { id: string; name: string; model: { id: string } }[] }>("GET", "/variants");
    const plain = variants.find((variant) => variant.name === "sim-fast · t=0.7")!;
    const { variant: derived } = await api<{ variant: { id: string } }>("POST", "/variants", { name: "sim-fast · triage", modelId: plain.model.id, systemPrompt: "You triage support tickets for Juxta." });
    const { run } = await api<{ run: { id: string } }>("POST", "/runs", { kind: "replay", prompt: "ticket-triage@1", dataset: "triage-cases", variants: [plain.id, derived.id] });
    await page.goto(`${server.baseUrl}/runs/${run.id}`);
    const note = page.getByTestId("system-prompt-note");
    await note.getByText("How the system prompts combine").click();
    await note.getByText("Both are sent; neither replaces the other.").waitFor();
    const rows = await note.locator("ul > li").allTextContents();
    // v1's system message is "You are a helpful assistant."; the second variant has a system prompt of its own.
    expect(rows[0]).toBe("sim-fast · t=0.7 sends one system message:prompt · You are a helpful assistant.");
    expect(rows[1]).toBe("sim-fast · triage sends 2 system messages:variant · You triage support tickets for Juxta.prompt · You are a helpful assistant.");
    await screenshot(page, "42-run-system-prompts");
  });
});

// Every page above ran under the strict Content-Security-Policy without the browser refusing anything.
it("met no Content-Security-Policy violation", () => expectNoCspViolations());
