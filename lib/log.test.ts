import { afterEach, describe, expect, it, vi } from "vitest";
import { log } from "./log";

afterEach(() => vi.restoreAllMocks());

describe("log", () => {
  it("redacts secret-looking fields and values", () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    log.info("calling provider with sk-abcdefghijklmnop via postgresql://postgres:hunter2@127.0.0.1:5432/juxta", { apiKey: "sk-live-zzzzzzzzzzzz", nested: { password: "p", note: "token jxt_AAAAAAAAAAAAAAAAAAAA" } });
    const line = lines.join("");
    expect(line).not.toContain("sk-abcdefghijklmnop");
    expect(line).not.toContain("sk-live");
    expect(line).not.toContain("jxt_AAAA");
    expect(line).not.toContain("hunter2");
    expect(line).toContain("postgresql://postgres:[redacted]@127.0.0.1");
    expect(JSON.parse(line)).toMatchObject({ level: "info", apiKey: "[redacted]", nested: { password: "[redacted]" } });
  });
});
