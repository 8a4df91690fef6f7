import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EMPTY_STYLE_HASH, newNonce, nonceFromCsp, pageCsp, SONNER_STYLE_HASH } from "./headers";

describe("pageCsp", () => {
  it("allows exactly the stylesheet the installed sonner inserts, by its hash", () => {
    const source = readFileSync(path.resolve("node_modules/sonner/dist/index.mjs"), "utf8");
    const call = /__insertCSS\("((?:[^"\\]|\\.)*)"\)/.exec(source);
    expect(call, "sonner no longer inserts its CSS with __insertCSS: check the CSP still needs the hash").not.toBeNull();
    const css = JSON.parse(`"${call![1]}"`) as string;
    const hash = `sha256-${createHash("sha256").update(css).digest("base64")}`;
    expect(SONNER_STYLE_HASH).toBe(hash);
    expect(pageCsp("abc")).toContain(`style-src 'self' 'nonce-abc' '${hash}'`);
  });

  it("allows an empty style element, which sonner inserts before filling it, and nothing else by hash", () => {
    expect(EMPTY_STYLE_HASH).toBe(`sha256-${createHash("sha256").update("").digest("base64")}`);
    expect(pageCsp("abc").match(/'sha256-/g)).toHaveLength(2);
  });

  it("never allows inline script or style wholesale", () => {
    const csp = pageCsp(newNonce());
    expect(csp).not.toMatch(/(script|style)-src [^;]*'unsafe-inline'/);
  });
});

describe("nonceFromCsp", () => {
  it("reads back the nonce pageCsp wrote", () => {
    const nonce = newNonce();
    expect(nonceFromCsp(pageCsp(nonce))).toBe(nonce);
  });

  it("has none for a policy without one or no policy", () => {
    expect(nonceFromCsp("default-src 'none'")).toBeUndefined();
    expect(nonceFromCsp(null)).toBeUndefined();
  });
});
