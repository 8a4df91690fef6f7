import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLog, REDACT_PATHS } from "./log";

function memory() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { lines, stream };
}

function logAt(level?: "debug" | "info" | "warn" | "error") {
  const out = memory();
  const err = memory();
  return { log: createLog({ stdout: out.stream, stderr: err.stream, level }), out: out.lines, err: err.lines };
}

describe("log", () => {
  it("writes one JSON line per call: time, level, message, then the fields", () => {
    const { log, out } = logAt();
    log.info("worker started", { queues: ["runs.execute"], inputTokens: 12 });
    expect(out).toHaveLength(1);
    const line = JSON.parse(out[0]!);
    expect(line).toMatchObject({ level: "info", message: "worker started", queues: ["runs.execute"], inputTokens: 12 });
    expect(new Date(line.time).toISOString()).toBe(line.time);
  });

  it("sends warn and error to stderr only, and leaves out what is below the level", () => {
    const { log, out, err } = logAt("info");
    log.debug("hidden");
    log.info("shown");
    log.warn("careful");
    log.error("broken");
    expect(out.map((line) => JSON.parse(line).message)).toEqual(["shown"]);
    expect(err.map((line) => JSON.parse(line).level)).toEqual(["warn", "error"]);
  });

  it("redacts secret fields by path and secret-looking values anywhere", () => {
    const { log, out } = logAt();
    log.info("calling provider with sk-abcdefghijklmnop via postgresql://postgres:hunter2@127.0.0.1:5432/juxta", {
      apiKey: "sk-live-zzzzzzzzzzzz",
      headers: { authorization: "Bearer abc", "set-cookie": "juxta_session=xyz" },
      nested: { password: "p", deeper: { token: "t0" }, note: "token jxt_AAAAAAAAAAAAAAAAAAAA" },
      list: ["jxs_BBBBBBBBBBBBBBBBBBBB"],
    });
    const line = out.join("");
    for (const secret of ["sk-abcdefghijklmnop", "sk-live", "jxt_AAAA", "jxs_BBBB", "hunter2", "Bearer abc", "xyz", '"t0"']) expect(line).not.toContain(secret);
    expect(JSON.parse(line)).toMatchObject({
      message: "calling provider with [redacted] via postgresql://postgres:[redacted]@127.0.0.1:5432/juxta",
      apiKey: "[redacted]",
      headers: { authorization: "[redacted]", "set-cookie": "[redacted]" },
      nested: { password: "[redacted]", deeper: { token: "[redacted]" }, note: "token [redacted]" },
    });
  });

  it("keeps counts whose names merely contain a secret word (inputTokens is not a token)", () => {
    const { log, out } = logAt();
    log.info("usage", { inputTokens: 10, outputTokens: 3, tokensEstimated: false });
    expect(JSON.parse(out[0]!)).toMatchObject({ inputTokens: 10, outputTokens: 3, tokensEstimated: false });
    expect(REDACT_PATHS).toContain("*.*.password");
  });
});
