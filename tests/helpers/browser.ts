// Debian's Chromium driven by playwright-core: no browser download, nothing from the network.
// Every page opened through launchBrowser() records Content-Security-Policy violations, so each
// e2e file can end with expectNoCspViolations(): the strict CSP must not break any page it visits.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect } from "vitest";

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
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** A JSON call as the signed-in page makes it (its cookie, its origin); anything but a 2xx fails
 * the test with the answer's body. `url` is absolute. */
export async function pageRequest<T>(page: Page, method: string, url: string, data?: unknown): Promise<T> {
  const response = await page.request.fetch(url, { method, data });
  expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}
