// The web-security layer of a real `juxta start` (Next's proxy.ts, next.config headers, Next's
// own 405 and X-Forwarded-* handling), which route-handler tests cannot see.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADDRESS_RULE } from "../../lib/auth/login-throttle";
import { allowPageProblems, expectNoCspViolations, launchBrowser, takeCspViolations } from "../helpers/browser";
import { startJuxtaServer, type JuxtaServer } from "../helpers/juxta-server";

let server: JuxtaServer;
let browser: Browser;

beforeAll(async () => {
  server = await startJuxtaServer("security-headers");
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const nonceOf = (csp: string | null) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp ?? "")?.[1];

function expectCommonHeaders(response: Response) {
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("x-frame-options")).toBe("DENY");
  expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
}

describe("security headers", () => {
  it("give every page a strict CSP with a nonce that changes per request and is on Next's scripts", async () => {
    const first = await fetch(`${server.baseUrl}/setup`);
    const second = await fetch(`${server.baseUrl}/setup`);
    expectCommonHeaders(first);
    const csp = first.headers.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    const nonce = nonceOf(csp);
    expect(nonce).toBeTruthy();
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonce);
    const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });

  it("give API responses a CSP that allows nothing", async () => {
    const response = await fetch(`${server.baseUrl}/api/v1/health`);
    expectCommonHeaders(response);
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it("answer a method a route does not have with a 405 problem and Allow", async () => {
    const response = await fetch(`${server.baseUrl}/api/v1/health`, { method: "PUT" });
    expect(response.status).toBe(405);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });
});

describe("sign-in throttling behind no proxy", () => {
  it("counts attempts by the real peer address, whatever X-Forwarded-For a client sends", async () => {
    const statuses: number[] = [];
    for (let index = 0; index <= ADDRESS_RULE.free; index++) {
      const response = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": `198.51.100.${index}` },
        body: JSON.stringify({ email: `guess${index}@example.com`, password: "guess" }),
      });
      statuses.push(response.status);
    }
    expect(statuses.at(-1)).toBe(429);
  });
});

describe("the browser", () => {
  it("loads the app under the CSP, and reports a violation to the server's log", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.baseUrl}/setup`);
    await page.getByLabel("Email").waitFor();
    expectNoCspViolations();

    // The refused image is this test's point: its console lines and failed request are expected.
    allowPageProblems("203.0.113.1");
    await page.evaluate(() => document.body.append(Object.assign(new Image(), { src: "http://203.0.113.1/pixel.png" })));
    await expect.poll(() => server.log().includes("content security policy violation"), { timeout: 20_000 }).toBe(true);
    expect(server.log()).toContain("203.0.113.1/pixel.png");
    // Chromium reports the refusal twice (its own console line and the page's event), each
    // whenever it gets to it: wait for both so that neither arrives after this test.
    const seen: string[] = [];
    await expect.poll(() => (seen.push(...takeCspViolations()), seen.filter((line) => line.includes("203.0.113.1")).length), { timeout: 10_000 }).toBe(2);
    expect(seen.join("\n")).toContain("img-src");
    await page.close();
  });
});

it("met no other Content-Security-Policy violation", () => expectNoCspViolations());
