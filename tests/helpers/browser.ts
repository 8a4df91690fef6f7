// Debian's Chromium driven by playwright-core: no browser download, nothing from the network.
// Every page opened through launchBrowser() records Content-Security-Policy violations, so each
// e2e file can end with expectNoCspViolations(): the strict CSP must not break any page it visits.
// It also records every page problem — a console error, an uncaught exception, a failed request
// or an HTTP error status from the app — and fails the test it happened in (see below).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, expect } from "vitest";

export const screenshotDir = path.resolve(import.meta.dirname, "..", "..", "test-results", "screenshots");

const violations: string[] = [];

/** Chromium logs a refused script, style or connection to the console ("… violates the following
 * Content Security Policy directive …"); the init script also reports every
 * securitypolicyviolation event, which covers anything logged differently. */
async function recordCspViolations(context: BrowserContext) {
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content Security Policy violation event: ${event.effectiveDirective} blocked ${event.blockedURI} in ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  context.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(`${message.page()?.url() ?? "?"}: ${message.text()}`);
  });
}

const problems: string[] = [];
let allowed: (string | RegExp)[] = [];

function describeLocation(url: string | undefined) {
  return url ? ` (${url})` : "";
}

function pageOrigin(page: Page): string | null {
  const url = new URL(page.url());
  return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
}

/** Watches one page: console errors (which include Chromium's "Failed to load resource" lines and
 * the CSP recorder's), uncaught exceptions, requests that failed, and answers of 400 or more. A
 * request aborted because the page navigated away or closed (net::ERR_ABORTED: a prefetch, a
 * stream being left) is not a problem. Other origins are the test's business (the webhook
 * receiver, a deliberately blocked image), but their console errors still count. */
function watchPage(page: Page) {
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`[console.error] ${message.text()}${describeLocation(message.location().url)}`);
  });
  page.on("pageerror", (error) => problems.push(`[pageerror] ${error.message}`));
  page.on("requestfailed", (request) => {
    const failure = request.failure()?.errorText ?? "failed";
    if (failure.includes("ERR_ABORTED")) return;
    problems.push(`[requestfailed] ${request.method()} ${request.url()}: ${failure}`);
  });
  page.on("response", (response) => {
    if (response.status() < 400) return;
    // The page's own document, or anything from the origin it is on.
    if (!response.request().isNavigationRequest() && new URL(response.url()).origin !== pageOrigin(page)) return;
    problems.push(`[response ${response.status()}] ${response.request().method()} ${response.url()}`);
  });
}

/** Lets the current test meet the page problems it causes on purpose (a 401 probe, a CSP
 * violation it provokes): each pattern is a substring of, or a RegExp for, the problem's line
 * (which carries the URL and status). Forgotten after the test. */
export function allowPageProblems(...patterns: (string | RegExp)[]) {
  allowed.push(...patterns);
}

/** The page problems seen so far that no allowance covers (and forgets them all). */
export function takePageProblems(): string[] {
  const seen = problems.splice(0);
  return seen.filter((line) => !allowed.some((pattern) => (typeof pattern === "string" ? line.includes(pattern) : pattern.test(line))));
}

export function expectNoPageProblems() {
  expect(takePageProblems(), "console errors, failed requests or HTTP errors in the browser").toEqual([]);
}

// Every e2e file that drives a browser imports this module, so each of its tests ends with the
// check; the allowances of one test do not carry over to the next.
afterEach(() => {
  try {
    expectNoPageProblems();
  } finally {
    allowed = [];
  }
});
afterAll(() => expectNoPageProblems());

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      // The machine has no network beyond loopback: stop Chromium from trying to phone home.
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  // Every context, also the one browser.newPage() makes for itself, gets the recorder.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await recordCspViolations(context);
    context.on("page", watchPage);
    return context;
  };
  browser.newPage = async (options) => (await browser.newContext(options)).newPage();
  return browser;
}

/** The CSP violations seen so far by pages of this test file (and forgets them). */
export function takeCspViolations(): string[] {
  return violations.splice(0);
}

export function expectNoCspViolations() {
  expect(takeCspViolations()).toEqual([]);
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  // Transitions stopped at their end: a theme or hover change caught half-way is not what a person sees.
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true, animations: "disabled" });
}

/** A JSON call as the signed-in page makes it (its cookie, its origin); anything but a 2xx fails
 * the test with the answer's body. `url` is absolute. */
export async function pageRequest<T>(page: Page, method: string, url: string, data?: unknown): Promise<T> {
  const response = await page.request.fetch(url, { method, data });
  expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}
