// The guard against a real local HTTP server; only DNS answers are handed in, to play a
// resolver that points a name at a metadata address.
import http from "node:http";
import type { LookupAddress } from "node:dns";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createGuardedFetch, OutboundBlockedError, type OutboundPolicy } from "./outbound-guard";

const seen: { url: string; method: string; authorization?: string }[] = [];
let server: http.Server;
let port: number;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push({ url: req.url!, method: req.method!, authorization: req.headers.authorization });
    const redirect = /^\/redirect\/(\d+)\?to=(.*)$/.exec(req.url!);
    if (redirect) return void res.writeHead(Number(redirect[1]), { location: decodeURIComponent(redirect[2]!) }).end();
    if (req.url === "/loop") return void res.writeHead(302, { location: "/loop" }).end();
    res.end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => void (seen.length = 0));

// "good.test" is this server; "rebind.test" answers with a metadata address among good ones.
const answers: Record<string, LookupAddress[]> = {
  "good.test": [{ address: "127.0.0.1", family: 4 }],
  "rebind.test": [
    { address: "127.0.0.1", family: 4 },
    { address: "169.254.169.254", family: 4 },
  ],
};
const resolve = ((hostname: string, _options: unknown, callback: (error: Error | null, addresses: LookupAddress[]) => void) => {
  const found = answers[hostname];
  if (found) callback(null, found);
  else callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" }), []);
}) as unknown as OutboundPolicy["resolve"];

function guarded(allowedHosts?: string[]) {
  return createGuardedFetch({ label: "test host", allowedHosts: () => allowedHosts, allowlistName: "TEST_HOSTS", resolve });
}

async function blocked(promise: Promise<unknown>): Promise<OutboundBlockedError> {
  const error = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  for (let cause = error; cause instanceof Error; cause = (cause as { cause?: unknown }).cause) if (cause instanceof OutboundBlockedError) return cause;
  throw new Error(`expected a blocked request, got ${String(error)}`);
}

describe("guarded fetch", () => {
  it("reaches a local server through a checked DNS answer", async () => {
    const response = await guarded()(`http://good.test:${port}/hello`);
    expect(await response.text()).toBe("ok");
    expect(seen.map((request) => request.url)).toEqual(["/hello"]);
  });

  it("refuses a host when any of its addresses is a metadata address", async () => {
    const error = await blocked(guarded()(`http://rebind.test:${port}/`));
    expect(error.message).toBe("The test host rebind.test is not allowed (link-local/metadata addresses are blocked; see TEST_HOSTS).");
    expect(seen).toEqual([]);
  });

  it("refuses metadata addresses and names before any lookup", async () => {
    for (const url of ["http://169.254.169.254/latest/meta-data/", "http://[::ffff:169.254.169.254]/", "http://2852039166/", "http://metadata.google.internal/", "http://[fe80::1]:8080/"]) {
      expect((await blocked(guarded()(url))).message).toContain("link-local/metadata addresses are blocked");
    }
    expect((await blocked(guarded()("file:///etc/passwd"))).message).toBe("The test host URL must use http or https.");
  });

  it("checks every redirect hop and keeps credentials on their origin", async () => {
    const toMetadata = `http://127.0.0.1:${port}/redirect/302?to=${encodeURIComponent("http://169.254.169.254/latest")}`;
    expect((await blocked(guarded()(toMetadata, { headers: { authorization: "Bearer k" } }))).host).toBe("169.254.169.254");
    expect(seen.map((request) => request.url)).toEqual([`/redirect/302?to=${encodeURIComponent("http://169.254.169.254/latest")}`]);

    seen.length = 0;
    const crossOrigin = `http://127.0.0.1:${port}/redirect/307?to=${encodeURIComponent(`http://good.test:${port}/landed`)}`;
    const response = await guarded()(crossOrigin, { method: "POST", body: "{}", headers: { authorization: "Bearer k" } });
    expect(await response.text()).toBe("ok");
    expect(seen).toEqual([
      { url: expect.stringMatching(/^\/redirect\/307/), method: "POST", authorization: "Bearer k" },
      { url: "/landed", method: "POST", authorization: undefined },
    ]);

    seen.length = 0;
    await guarded()(`http://127.0.0.1:${port}/redirect/303?to=%2Fafter`, { method: "POST", body: "{}", headers: { authorization: "Bearer k" } });
    expect(seen[1]).toEqual({ url: "/after", method: "GET", authorization: "Bearer k" });

    await expect(guarded()(`http://127.0.0.1:${port}/loop`)).rejects.toThrow("More than 5 redirects.");
  });

  it("with an allowlist, refuses unlisted hosts before connecting", async () => {
    const error = await blocked(guarded(["good.test"])(`http://127.0.0.1:${port}/`));
    expect(error.message).toBe("The test host 127.0.0.1 is not allowed (it is not listed in TEST_HOSTS).");
    expect(seen).toEqual([]);
    expect(await (await guarded([`good.test:${port}`])(`http://good.test:${port}/`)).text()).toBe("ok");
    const redirected = `http://good.test:${port}/redirect/302?to=${encodeURIComponent(`http://127.0.0.1:${port}/`)}`;
    expect((await blocked(guarded(["good.test"])(redirected))).host).toBe("127.0.0.1");
  });
});
