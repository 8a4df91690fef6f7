// Every page of the app, seeded with a realistic workspace (the demo: simulated provider, variants,
// prompts, datasets, finished replays, a load sweep, sessions and votes, plus a watch), screenshot
// in light and dark at 1440×900 and 390×844 as test-results/screenshots/page-<name>-<theme>-<width>.png.
// Each page loads once; theme (the system colour scheme, which the app follows by default) and
// size then change in place. The shared guard in tests/helpers/browser.ts fails a test on any
// console error, failed request or HTTP error, so every page here is also checked for those.
// Also: the theme switch overrides the system and survives a reload, the mobile navigation opens
// as a sheet, the favicon answers, and code in answers has readable colours in both themes.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allowPageProblems, expectNoCspViolations, launchBrowser, pageRequest, screenshot, takePageProblems } from "../helpers/browser";
import { contrastRatio, textAndSurface } from "../helpers/colour-contrast";
import { startJuxtaServer, type JuxtaServer } from "../helpers/juxta-server";

const SIZES = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;
const THEMES = ["light", "dark"] as const;
const admin = { name: "Olivia Owner", email: "olivia@example.com", password: "correct horse battery" };
const reviewer = { name: "Rui Reviewer", email: "rui@example.com", password: "another long secret", role: "reviewer" };

let server: JuxtaServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const ids = { session: "", run: "", driftRun: "", loadRun: "", prompt: "", dataset: "", watch: "" };

const url = (path: string) => `${server.baseUrl}${path}`;

/** Waits until the page has drawn its data: a level-1 heading, no "Loading…" left in the main
 * area, the network quiet for a moment (pages that poll never go fully idle: then move on). */
async function settle(target: Page) {
  await target.locator("h1").first().waitFor({ timeout: 30_000 });
  await expect.poll(() => target.locator("main").getByText(/^Loading/).count(), { timeout: 20_000 }).toBe(0);
  await target.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => undefined);
  await target.evaluate(() => document.fonts.ready);
}

/** The page at every theme and size, in place. */
async function shootAll(target: Page, name: string) {
  for (const size of SIZES) {
    const current = target.viewportSize();
    if (current?.width !== size.width || current.height !== size.height) {
      await target.setViewportSize(size);
      // Let charts and popovers re-measure after a resize (a theme change moves nothing).
      await target.waitForTimeout(250);
    }
    for (const theme of THEMES) {
      await target.emulateMedia({ colorScheme: theme });
      await expect.poll(() => target.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(theme === "dark");
      await screenshot(target, `page-${name}-${theme}-${size.width}`);
    }
  }
  await target.setViewportSize(SIZES[0]);
}

/** What a table on the page hides: a table wider than its card (it scrolls sideways), or a badge
 * in a table whose label ends in an ellipsis. */
function clippedInTables(target: Page): Promise<string[]> {
  return target.evaluate(() => {
    const found: string[] = [];
    for (const container of document.querySelectorAll<HTMLElement>('[data-slot="table-container"]')) {
      const name = container.querySelector("table")?.dataset.testid ?? "a table";
      if (container.scrollWidth > container.clientWidth + 1) found.push(`${name} scrolls by ${container.scrollWidth - container.clientWidth} px`);
      for (const label of container.querySelectorAll<HTMLElement>('[data-slot="badge"] > .truncate')) {
        if (label.scrollWidth > label.clientWidth + 1) found.push(`${name}: badge "${label.textContent}" cut short`);
      }
    }
    return found;
  });
}

/** What clippedInTables found on each page of the sweep, at 1440×900 (checked by a test below). */
const clippedOnLaptop = new Map<string, string[]>();

async function visit(path: string, name: string) {
  await page.setViewportSize(SIZES[0]);
  await page.goto(url(path));
  await settle(page);
  clippedOnLaptop.set(path, await clippedInTables(page));
  await shootAll(page, name);
}

beforeAll(async () => {
  server = await startJuxtaServer("screenshots");
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: SIZES[0] });
  page = await context.newPage();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("pages before anyone signs in", () => {
  it("setup, then the admin is created through it", async () => {
    await page.goto(server.baseUrl);
    await page.waitForURL(url("/setup"));
    await page.getByLabel("Name").waitFor();
    await shootAll(page, "setup");
    await page.getByLabel("Name").fill(admin.name);
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Create admin and sign in" }).click();
    await page.waitForURL(url("/compare"));
  });

  it("sign-in", async () => {
    const visitor = await browser.newPage({ viewport: SIZES[0] });
    await visitor.goto(url("/login"));
    await visitor.getByLabel("Email").waitFor();
    await shootAll(visitor, "login");
    await visitor.close();
  });
});

describe("a seeded workspace", () => {
  it("is seeded: the demo, a watch on its baseline, a reviewer", async () => {
    await page.goto(url("/"));
    await shootAll(page, "home-empty");
    // The demo replays datasets on the worker: far longer than a request's default 30 s on a busy machine.
    const loaded = await page.request.post(url("/api/v1/demo"), { timeout: 170_000 });
    expect(loaded.status(), await loaded.text()).toBe(201);
    const { demo } = (await loaded.json()) as { demo: { runs: string[]; sessions: string[] } };
    [ids.run, ids.driftRun] = demo.runs as [string, string];
    ids.loadRun = demo.runs.at(-1)!;
    ids.session = demo.sessions[0]!;
    const { prompts } = await pageRequest<{ prompts: { id: string; name: string }[] }>(page, "GET", url("/api/v1/prompts"));
    ids.prompt = prompts.find((prompt) => prompt.name === "Demo · ticket triage")!.id;
    const { datasets } = await pageRequest<{ datasets: { id: string; name: string }[] }>(page, "GET", url("/api/v1/datasets"));
    ids.dataset = datasets.find((dataset) => dataset.name === "Demo · support tickets")!.id;
    const { watch } = await pageRequest<{ watch: { id: string } }>(page, "POST", url("/api/v1/watches"), {
      name: "Nightly triage",
      prompt: "Demo · ticket triage@1",
      dataset: "Demo · support tickets",
      variants: ["Demo · fast", "Demo · large"],
      cron: "0 6 * * *",
      baselineRunId: ids.run,
    });
    ids.watch = watch.id;
    await pageRequest(page, "POST", url(`/api/v1/watches/${ids.watch}/run-now`));
    await pageRequest(page, "POST", url("/api/v1/users"), reviewer);
    // A code answer in the first session, so its pages show highlighted code in both themes. The
    // answers stream back as Server-Sent Events; the body ends when every column has finished.
    const turn = await page.request.post(url(`/api/v1/sessions/${ids.session}/turns`), { data: { content: "Write a Python function that removes duplicate emails." }, timeout: 60_000 });
    expect(turn.status(), await turn.text()).toBe(200);
  }, 180_000);

  // Every app/(app)/**/page.tsx, detail pages with real ids.
  const pages: [string, () => string][] = [
    ["home", () => "/"],
    ["compare", () => "/compare"],
    ["compare-session", () => `/compare?session=${ids.session}`],
    ["sessions", () => "/sessions"],
    ["session", () => `/sessions/${ids.session}`],
    ["runs", () => "/runs"],
    ["runs-new", () => "/runs/new"],
    ["run", () => `/runs/${ids.run}`],
    ["run-load", () => `/runs/${ids.loadRun}`],
    ["run-compare", () => `/runs/${ids.driftRun}/compare?against=${ids.run}`],
    ["run-scorecard", () => `/runs/${ids.run}/scorecard`],
    ["run-routing", () => `/runs/${ids.run}/routing`],
    ["watches", () => "/watches"],
    ["watch", () => `/watches/${ids.watch}`],
    ["prompts", () => "/prompts"],
    ["prompt", () => `/prompts/${ids.prompt}`],
    ["datasets", () => "/datasets"],
    ["dataset", () => `/datasets/${ids.dataset}`],
    ["review", () => "/review"],
    ["leaderboard", () => "/leaderboard"],
    ["reviewers", () => "/review/reviewers"],
    ["providers", () => "/settings/providers"],
    ["variants", () => "/settings/variants"],
    ["users", () => "/settings/users"],
    ["tokens", () => "/settings/tokens"],
  ];
  for (const [name, path] of pages) {
    it(`${name}`, async () => {
      await visit(path(), name);
    });
  }

  it("colours code in answers for the theme, readable on the code block in both", async () => {
    await page.setViewportSize(SIZES[0]);
    await page.goto(url(`/sessions/${ids.session}`));
    await settle(page);
    const keyword = page.locator(".prose-answer pre .hljs-keyword").first();
    await keyword.scrollIntoViewIfNeeded();
    const seen: Partial<Record<(typeof THEMES)[number], Awaited<ReturnType<typeof textAndSurface>>>> = {};
    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme });
      await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(theme === "dark");
      seen[theme] = await textAndSurface(keyword, "pre");
      // The keyword and the block's plain text, each against the block's own surface.
      const plain = await textAndSurface(page.locator(".prose-answer pre code.hljs").first(), "pre");
      for (const { text, background } of [seen[theme], plain]) expect(contrastRatio(text, background), `${theme}: ${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
    // A theme of its own for dark, not the light colours on a dark block.
    expect(seen.dark!.text).not.toEqual(seen.light!.text);
  });

  it("narrows the runs list by search, status and kind, and shows what each run spent", async () => {
    await page.goto(url("/runs"));
    await settle(page);
    const rows = page.getByTestId("run-list").locator("tbody tr");
    // What the calls cost, with the estimate made at the start beneath it.
    expect(await rows.filter({ hasText: "triage baseline" }).getByTestId("run-cost").textContent()).toMatch(/^\$[\d.]+(of est\. \$[\d.]+)?$/);
    await page.getByLabel("Search runs").fill("load sweep");
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringContaining("load sweep")]);
    await page.getByLabel("Search runs").fill("");
    await page.getByLabel("Kind").selectOption("load");
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringContaining("load sweep")]);
    await page.getByLabel("Status").selectOption("cancelled");
    await page.getByText("No run matches these filters.").waitFor();
  });

  it("searches the dataset and prompt lists in place", async () => {
    await page.goto(url("/datasets"));
    await settle(page);
    const datasets = page.getByTestId("dataset-list").locator("tbody tr");
    await page.getByLabel("Search datasets").fill("ORDER");
    await expect.poll(() => datasets.allTextContents()).toEqual([expect.stringContaining("Demo · order numbers")]);
    await page.getByLabel("Search datasets").fill("no such dataset");
    await page.getByText("No dataset matches this search.").waitFor();

    await page.goto(url("/prompts"));
    await settle(page);
    const prompts = page.getByTestId("prompt-list").locator("tbody tr");
    // Words from the name and the description, in any order.
    await page.getByLabel("Search prompts").fill("json triage");
    await expect.poll(() => prompts.allTextContents()).toEqual([expect.stringContaining("Demo · ticket triage")]);
    await page.getByLabel("Search prompts").fill("no such prompt");
    await page.getByText("No prompt matches this search.").waitFor();
  });

  // Measured while the sweep above had each page loaded and settled at 1440×900.
  it("fits its tables on a laptop: none scrolls sideways or cuts a badge short at 1440×900", () => {
    for (const path of ["/settings/variants", `/runs/${ids.run}`, `/runs/${ids.loadRun}`, `/runs/${ids.run}/scorecard`, "/runs", "/datasets", "/prompts", "/settings/providers", "/sessions", "/settings/users", "/watches"]) {
      expect(clippedOnLaptop.get(path), path).toEqual([]);
    }
  });

  it("not found", async () => {
    allowPageProblems("/no-such-page");
    await page.goto(url("/no-such-page"));
    await settle(page);
    await shootAll(page, "not-found");
  });

  it("forbidden, for a reviewer on an admin page", async () => {
    allowPageProblems("/settings/users");
    const other = await browser.newContext({ viewport: SIZES[0] });
    const visitor = await other.newPage();
    await pageRequest(visitor, "POST", url("/api/v1/auth/login"), { email: reviewer.email, password: reviewer.password });
    await visitor.goto(url("/settings/users"));
    await visitor.getByTestId("forbidden").waitFor();
    await shootAll(visitor, "forbidden");
    await other.close();
  });
});

describe("the frame", () => {
  it("fits a phone: no page scrolls sideways, and the navigation opens as a sheet", async () => {
    await page.setViewportSize(SIZES[1]);
    await page.goto(url("/"));
    await settle(page);
    expect(await page.getByRole("navigation", { name: "Main" }).count()).toBe(0);
    await page.getByRole("button", { name: "Open navigation" }).click();
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.waitFor();
    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme });
      await screenshot(page, `page-nav-menu-${theme}-390`);
    }
    await nav.getByRole("link", { name: "Runs" }).click();
    await page.waitForURL(url("/runs"));
    await expect.poll(() => page.getByRole("navigation", { name: "Main" }).count()).toBe(0);
    await page.setViewportSize(SIZES[0]);
  });

  it("switches theme over the system's choice, and keeps it after a reload", async () => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(url("/"));
    await settle(page);
    const isDark = () => page.evaluate(() => document.documentElement.classList.contains("dark"));
    expect(await isDark()).toBe(false);
    await page.getByRole("radio", { name: "Dark theme" }).click();
    await expect.poll(isDark).toBe(true);
    await page.reload();
    await settle(page);
    expect(await isDark()).toBe(true);
    expect(await page.getByRole("radio", { name: "Dark theme" }).getAttribute("aria-checked")).toBe("true");
    await page.getByRole("radio", { name: "System theme" }).click();
    await expect.poll(isDark).toBe(false);
  });

  it("has an icon: the page links it and /favicon.ico answers", async () => {
    await page.goto(url("/"));
    const icons = await page.locator('link[rel="icon"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    expect(icons.some((href) => href.includes("/icon.svg"))).toBe(true);
    for (const path of ["/favicon.ico", "/icon.svg", "/apple-icon.png"]) {
      const response = await page.request.get(url(path));
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"], path).toMatch(/^image\//);
    }
  });
});

describe("the page guard of tests/helpers/browser.ts", () => {
  it("notices an HTTP error and an uncaught exception on a page", async () => {
    await page.goto(url("/"));
    await page.evaluate(() => {
      void fetch("/no-such-file.png");
      setTimeout(() => {
        throw new Error("deliberate");
      });
    });
    const seen: string[] = [];
    await expect.poll(() => (seen.push(...takePageProblems()), seen.join("\n"))).toMatch(/\[response 404\] GET \S*\/no-such-file\.png/);
    await expect.poll(() => (seen.push(...takePageProblems()), seen.join("\n"))).toContain("[pageerror] deliberate");
  });
});

it("met no Content-Security-Policy violation", () => expectNoCspViolations());
