import { describe, expect, it } from "vitest";
import { isDeniedAddress, isDeniedHostname, matchesAllowlist } from "./address-rules";

describe("outbound address rules", () => {
  it("denies link-local and cloud metadata addresses, in every spelling", () => {
    for (const address of [
      "169.254.169.254",
      "169.254.0.1",
      "169.254.255.255",
      "100.100.100.200",
      "fe80::1",
      "FE80::abcd:1%eth0",
      "febf::1",
      "[fe80::1]",
      "fd00:ec2::254",
      "::ffff:169.254.169.254",
      "::ffff:a9fe:a9fe",
      "[::ffff:a9fe:a9fe]",
      "0:0:0:0:0:ffff:a9fe:a9fe",
      "::169.254.169.254",
      "64:ff9b::169.254.169.254",
      "::ffff:100.100.100.200",
    ]) {
      expect(isDeniedAddress(address), address).toBe(true);
    }
  });

  it("allows loopback, private ranges and public addresses (local servers are a core use case)", () => {
    for (const address of ["127.0.0.1", "10.0.0.5", "192.168.1.20", "172.16.0.1", "100.100.100.201", "169.253.255.255", "169.255.0.0", "8.8.8.8", "::1", "fd00:ec2::253", "fec0::1", "2001:db8::1", "::ffff:127.0.0.1", "::", "not-an-ip"]) {
      expect(isDeniedAddress(address), address).toBe(false);
    }
  });

  it("denies the metadata host names", () => {
    expect(isDeniedHostname("metadata.google.internal")).toBe(true);
    expect(isDeniedHostname("METADATA.google.internal.")).toBe(true);
    expect(isDeniedHostname("metadata")).toBe(true);
    expect(isDeniedHostname("metadata.example.com")).toBe(false);
  });

  it("matches allowlist entries by host, port and *. wildcard", () => {
    const list = ["api.openai.com", "*.example.com", "127.0.0.1:11434", "[::1]:8000"];
    expect(matchesAllowlist("api.openai.com", 443, list)).toBe(true);
    expect(matchesAllowlist("API.OpenAI.com.", 8080, list)).toBe(true);
    expect(matchesAllowlist("evil-api.openai.com", 443, list)).toBe(false);
    expect(matchesAllowlist("a.example.com", 443, list)).toBe(true);
    expect(matchesAllowlist("b.a.example.com", 80, list)).toBe(true);
    expect(matchesAllowlist("example.com", 443, list)).toBe(false);
    expect(matchesAllowlist("badexample.com", 443, list)).toBe(false);
    expect(matchesAllowlist("127.0.0.1", 11434, list)).toBe(true);
    expect(matchesAllowlist("127.0.0.1", 5432, list)).toBe(false);
    expect(matchesAllowlist("[::1]", 8000, list)).toBe(true);
    expect(matchesAllowlist("[::1]", 8001, list)).toBe(false);
  });
});
