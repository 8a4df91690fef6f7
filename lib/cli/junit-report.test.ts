import { describe, expect, it } from "vitest";
import type { RunOutcomes } from "../runs/outcomes-schema";
import { failureMessage, junitReport } from "./junit-report";

const item = (over: Partial<RunOutcomes["items"][number]>): RunOutcomes["items"][number] => ({
  id: "i",
  casePosition: 0,
  caseLabel: "France",
  variant: "alpha",
  repetition: 0,
  concurrency: null,
  status: "done",
  passed: true,
  totalMs: 1250,
  errorKind: null,
  errorMessage: null,
  assertions: [],
  ...over,
});

const outcomes: RunOutcomes = {
  run: { id: "r", name: "nightly & <more>", kind: "replay", status: "done" },
  items: [
    item({}),
    item({ casePosition: 1, caseLabel: "Peru", passed: false, assertions: [{ type: "contains", passed: false, reason: '"Lima" does not appear.' }, { type: "max_latency_ms", passed: true, reason: "fast" }] }),
    item({ variant: "beta", status: "error", passed: false, totalMs: null, errorKind: "rate_limited", errorMessage: "429 slow down" }),
    item({ variant: "beta", casePosition: 1, status: "cancelled", passed: null, totalMs: null }),
  ],
};

describe("junitReport", () => {
  const xml = junitReport(outcomes, ["alpha: 1 of 2 answers failed their assertions or errored."]);

  it("has a suite per variant and one for --fail-on, a test case per item", () => {
    expect(xml.match(/<testsuite /g)).toHaveLength(3);
    expect(xml.match(/<testcase /g)).toHaveLength(5);
    expect(xml).toContain('name="case 1 · &quot;France&quot; · rep 1"');
    expect(xml).toContain('time="1.25"');
  });

  it("gives a failed item the failed assertions with their reasons, an errored one the provider's error, a cancelled one skipped", () => {
    expect(xml).toContain('<failure message="contains: &quot;Lima&quot; does not appear." type="assertion"/>');
    expect(xml).toContain('<error message="rate_limited: 429 slow down" type="rate_limited"/>');
    expect(xml).toContain("<skipped/>");
    expect(xml).toContain('<failure message="alpha: 1 of 2 answers failed their assertions or errored." type="fail-on"/>');
  });

  it("escapes names that are not XML (the run's own name)", () => {
    expect(xml).toContain("nightly &amp; &lt;more> · alpha");
  });

  it("says something when an item failed without a failed assertion to name", () => {
    expect(failureMessage(item({ passed: false }))).toBe("failed its assertions");
  });
});
