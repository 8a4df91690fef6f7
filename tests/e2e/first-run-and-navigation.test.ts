// The first minutes of a new install, in Chromium: set up the admin, open every page, add a
// reviewer, and check that the reviewer is kept out of admin settings.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { navSections } from "../../components/shell/nav-items";
import { allowPageProblems, expectNoCspViolations, launchBrowser, screenshot } from "../helpers/browser";
import { startJuxtaServer, type JuxtaServer } from "../helpers/juxta-server";

const admin = { name: "Ada Admin", email: "ada@example.com", password: "correct horse battery" };
const reviewer = { name: "Rita Reviewer", email: "rita@example.com", password: "another long secret" };

let server: JuxtaServer;
let baseUrl: string;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  // An empty data dir: the start creates and migrates the database, as on a new install.
  server = await startJuxtaServer("first-run", {}, { newInstall: true });
  baseUrl = server.baseUrl;
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("pageerror", (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Signs in from the login page; each role starts on its own page (reviewers in the queue). */
async function signIn(who: { email: string; password: string }, landing = "/compare") {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${baseUrl}${landing}`);
}

async function signOut() {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(`${baseUrl}/login`);
}

describe("first run", () => {
  it("sends a new install to the setup page and creates the admin", async () => {
    await page.goto(baseUrl);
    await page.waitForURL(`${baseUrl}/setup`);
    await expect(page.getByRole("heading", { name: "Welcome to Juxta" }).isVisible()).resolves.toBe(true);
    await screenshot(page, "01-setup");

    await page.getByLabel("Name").fill(admin.name);
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Create admin and sign in" }).click();
    await page.waitForURL(`${baseUrl}/compare`);
    expect(await page.getByTestId("current-user").textContent()).toBe(admin.name);
  });

  it("opens every page of the navigation with a heading and no errors", async () => {
    const hrefs = navSections.flatMap((section) => section.items.map((item) => item.href));
    for (const href of [...hrefs, "/runs/new"]) {
      const response = await page.goto(`${baseUrl}${href}`);
      expect(response?.status(), href).toBe(200);
      const heading = await page.getByRole("heading", { level: 1 }).first().textContent();
      expect(heading?.trim().length, `${href} has a title`).toBeGreaterThan(0);
      await screenshot(page, `02-page${href.replaceAll("/", "-")}`);
    }
    expect(pageErrors).toEqual([]);
  });

  it("shows the simulated provider, clearly labelled, on a fresh install", async () => {
    await page.goto(`${baseUrl}/settings/providers`);
    const card = page.getByTestId("provider-Simulated");
    await card.getByText("sim-fast (simulated)").waitFor();
    expect(await card.textContent()).toContain("simulated · offline");
  });

  it("lets the admin add a reviewer", async () => {
    await page.goto(`${baseUrl}/settings/users`);
    await page.getByLabel("Name").fill(reviewer.name);
    await page.getByLabel("Email").fill(reviewer.email);
    await page.getByLabel("Password").fill(reviewer.password);
    await page.getByLabel("Role").selectOption("reviewer");
    await page.getByRole("button", { name: "Add user" }).click();
    await page.getByRole("cell", { name: reviewer.email }).waitFor();
    await screenshot(page, "03-users");
  });

  it("signs out, and refuses a wrong password with a clear message", async () => {
    allowPageProblems("/api/v1/auth/login");
    await signOut();
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("form-error").waitFor();
    expect(await page.getByTestId("form-error").textContent()).toContain("do not match");
    await screenshot(page, "04-login-error");
  });

  it("keeps a reviewer out of admin settings, and shows them only what they can use", async () => {
    await signIn(reviewer, "/review");
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const hidden of ["Users", "Compare", "Providers", "Variants"]) expect(await nav.getByRole("link", { name: hidden }).count(), hidden).toBe(0);
    for (const shown of ["Review", "Leaderboard", "Sessions", "Runs", "API tokens"]) expect(await nav.getByRole("link", { name: shown }).count(), shown).toBe(1);
    // The 403 page and the 403 API answer are what this test checks.
    allowPageProblems("/settings/users", "/api/v1/users");
    await page.goto(`${baseUrl}/settings/users`);
    await page.getByTestId("forbidden").waitFor();
    await screenshot(page, "05-reviewer-forbidden");
    const api = await page.evaluate(async () => {
      const response = await fetch("/api/v1/users");
      return { status: response.status, type: response.headers.get("content-type") };
    });
    expect(api).toEqual({ status: 403, type: "application/problem+json" });
    await page.goto(`${baseUrl}/compare`);
    await signOut();
  });

  it("lets the admin deactivate a user, which signs them out at once, and reactivate them", async () => {
    // The deactivated reviewer's page is refused (401s) and so is their sign-in.
    allowPageProblems("[response 401]", "status of 401", "/api/v1/auth/login");
    const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const reviewerPage = await other.newPage();
    await reviewerPage.goto(`${baseUrl}/login`);
    await reviewerPage.getByLabel("Email").fill(reviewer.email);
    await reviewerPage.getByLabel("Password").fill(reviewer.password);
    await reviewerPage.getByRole("button", { name: "Sign in" }).click();
    await reviewerPage.waitForURL(`${baseUrl}/review`);
    await reviewerPage.goto(`${baseUrl}/settings/tokens`);
    await reviewerPage.getByLabel("New token name").fill("laptop");
    await reviewerPage.getByLabel("Expires after").selectOption("30");
    await reviewerPage.getByRole("button", { name: "Create token" }).click();
    await reviewerPage.getByTestId("new-token").waitFor();
    const expiresOn = new Date(Date.now() + 30 * 86_400_000).toLocaleDateString("en-US");
    await reviewerPage.getByText(`expires ${expiresOn}`).first().waitFor();
    await screenshot(reviewerPage, "06-token-created");

    await signIn(admin);
    await page.goto(`${baseUrl}/settings/users`);
    const row = page.getByTestId(`user-${reviewer.email}`);
    await row.getByRole("button", { name: "Tokens" }).click();
    const tokens = page.getByRole("list", { name: "API tokens" });
    await tokens.getByText("laptop").waitFor();
    expect(await tokens.textContent()).toContain(`expires ${expiresOn}`);
    await screenshot(page, "07-user-tokens");
    expect(await page.getByTestId(`user-${admin.email}`).getByRole("button", { name: "Deactivate" }).count()).toBe(0);
    await row.getByRole("button", { name: "Deactivate" }).click();
    const confirm = page.getByRole("dialog", { name: `Deactivate ${reviewer.email}?` });
    expect(await confirm.textContent()).toContain("signed out everywhere");
    await confirm.getByRole("button", { name: "Deactivate" }).click();
    await row.getByText("deactivated").waitFor();
    await page.getByText("No API tokens.").waitFor();
    await screenshot(page, "08-user-deactivated");

    await reviewerPage.goto(`${baseUrl}/sessions`);
    await reviewerPage.waitForURL(`${baseUrl}/login?next=%2Fsessions`);
    await reviewerPage.getByLabel("Email").fill(reviewer.email);
    await reviewerPage.getByLabel("Password").fill(reviewer.password);
    await reviewerPage.getByRole("button", { name: "Sign in" }).click();
    await reviewerPage.getByTestId("form-error").waitFor();
    expect(await reviewerPage.getByTestId("form-error").textContent()).toContain("deactivated");
    await other.close();

    await row.getByRole("button", { name: "Reactivate" }).click();
    await row.getByRole("button", { name: "Deactivate" }).waitFor();
    expect(await row.getByText("deactivated").count()).toBe(0);
    await signOut();
  });

  it("lets the admin set a new password for a user, who then signs in with it", async () => {
    await signIn(admin);
    await page.goto(`${baseUrl}/settings/users`);
    const row = page.getByTestId(`user-${reviewer.email}`);
    await row.getByRole("button", { name: "Reset password" }).click();
    await page.getByLabel(`New password for ${reviewer.email}`).fill("a brand new passphrase");
    await page.getByRole("button", { name: "Set password", exact: true }).click();
    await page.getByText(`New password set for ${reviewer.email}`).waitFor();
    await screenshot(page, "09-password-reset");
    await signOut();
    reviewer.password = "a brand new passphrase";
    await signIn(reviewer, "/review");
    await signOut();
  });

  it("no longer offers setup once an admin exists, guards pages when signed out, and comes back to them after signing in", async () => {
    await page.goto(`${baseUrl}/setup`);
    await page.waitForURL(`${baseUrl}/login`);
    await page.goto(`${baseUrl}/runs?status=done`);
    await page.waitForURL(`${baseUrl}/login?next=${encodeURIComponent("/runs?status=done")}`);
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${baseUrl}/runs?status=done`);
    await signOut();
    // A next= that leads off the site is ignored: the sign-in lands on the role's own page.
    await page.goto(`${baseUrl}/login?next=${encodeURIComponent("//evil.example/steal")}`);
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${baseUrl}/compare`);
    expect(pageErrors).toEqual([]);
  });
});

// Every page above ran under the strict Content-Security-Policy without the browser refusing anything.
it("met no Content-Security-Policy violation", () => expectNoCspViolations());
