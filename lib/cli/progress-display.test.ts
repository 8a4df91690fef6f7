import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { RunProgress } from "../runs/views";
import { progressDisplay } from "./progress-display";

function capture(isTTY: boolean) {
  let written = "";
  const stream = new Writable({
    write(chunk, _encoding, done) {
      written += String(chunk);
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  Object.assign(stream, { isTTY, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream, output: () => written };
}

const progress = (finished: number, total = 20): RunProgress => ({
  total, pending: total - finished, claimed: 0, running: finished < total ? 2 : 0, done: finished, error: 0, cancelled: 0, passed: finished, finished, etaSeconds: null, spentUsd: "0",
});

describe("progressDisplay", () => {
  it("prints a plain line per tenth of the run, and the last, when stderr is not a terminal", () => {
    const { stream, output } = capture(false);
    const display = progressDisplay(false, stream, false);
    for (let finished = 0; finished <= 20; finished++) display.update(progress(finished), finished === 20);
    const lines = output().trimEnd().split("\n");
    // 0, 2, 4 … 20 of 20: eleven tenths, each once, and no carriage return anywhere.
    expect(lines).toHaveLength(11);
    expect(lines.at(-1)).toContain("20/20 100%");
    expect(output()).not.toContain("\r");
    // The run's end after a last progress that reads the same: not printed twice.
    display.update(progress(20), true);
    expect(output().trimEnd().split("\n")).toHaveLength(11);
  });

  it("redraws one bar in place on a terminal, and prints plain lines there too when CI is set", () => {
    const terminal = capture(true);
    const bar = progressDisplay(false, terminal.stream, false);
    for (let finished = 0; finished <= 20; finished++) bar.update(progress(finished), finished === 20);
    expect(terminal.output()).toContain("20/20 100%");
    expect(terminal.output().split("\n").filter(Boolean).length).toBeLessThanOrEqual(2);

    const ci = capture(true);
    const lines = progressDisplay(false, ci.stream, true);
    for (let finished = 0; finished <= 20; finished++) lines.update(progress(finished), finished === 20);
    expect(ci.output().trimEnd().split("\n")).toHaveLength(11);
  });

  it("prints nothing with --json", () => {
    const { stream, output } = capture(false);
    progressDisplay(true, stream, false).update(progress(20), true);
    expect(output()).toBe("");
  });
});
