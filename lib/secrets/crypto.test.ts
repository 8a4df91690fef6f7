import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, maskSecret } from "./crypto";

beforeAll(() => {
  process.env.JUXTA_SECRET_KEY = randomBytes(32).toString("base64");
});

describe("secret encryption", () => {
  it("round-trips and never stores the plaintext", () => {
    const sealed = encryptSecret("sk-test-1234567890abcdef");
    expect(sealed).not.toContain("sk-test");
    expect(decryptSecret(sealed)).toBe("sk-test-1234567890abcdef");
  });

  it("uses a fresh IV, so equal keys do not encrypt alike", () => {
    expect(encryptSecret("same")).not.toBe(encryptSecret("same"));
  });

  it("rejects a tampered ciphertext", () => {
    const [version, iv, tag, body] = encryptSecret("sk-abc").split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0]! ^= 1;
    expect(() => decryptSecret([version, iv, tag, flipped.toString("base64url")].join("."))).toThrow();
  });

  it("rejects ciphertext made under another key", () => {
    const sealed = encryptSecret("sk-abc");
    process.env.JUXTA_SECRET_KEY = randomBytes(32).toString("base64");
    expect(() => decryptSecret(sealed)).toThrow();
  });

  it("masks keys so they can be recognised but not used", () => {
    expect(maskSecret("sk-proj-abcdefghijklmnop1234")).toBe("sk-…1234");
    expect(maskSecret("short")).toBe("…");
  });
});
