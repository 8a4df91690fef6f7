// A run as a JUnit XML report for CI (`juxta replay|load|runs show --junit FILE`): one test suite
// per variant, one test case per item. An item that failed its assertions is a <failure> whose
// message is each failed assertion with its reason; a call that errored is an <error>; an item
// that never ran (cancelled) is skipped. Tripped --fail-on conditions get a suite of their own,
// so the report is red exactly when the command exits 1. Pure: builds the text, writes nothing.
import junit from "junit-report-builder";
import type { RunOutcomes } from "../runs/outcomes-schema";

type Outcome = RunOutcomes["items"][number];

const caseName = (item: Outcome) =>
  [item.casePosition === null ? "request" : `case ${item.casePosition + 1}`, item.caseLabel && `"${item.caseLabel}"`, `rep ${item.repetition + 1}`, item.concurrency === null ? "" : `@${item.concurrency}`].filter(Boolean).join(" · ");

/** "contains: the answer does not contain "Paris"; max_latency_ms: 1830 ms > 1000 ms". */
export const failureMessage = (item: Outcome) =>
  item.assertions
    .filter((assertion) => !assertion.passed)
    .map((assertion) => `${assertion.type}: ${assertion.reason ?? "failed"}`)
    .join("; ") || "failed its assertions";

export function junitReport(outcomes: RunOutcomes, tripped: string[] = []): string {
  const report = junit.newBuilder();
  const variants = [...new Set(outcomes.items.map((item) => item.variant))];
  for (const variant of variants) {
    const suite = report.testSuite().name(`${outcomes.run.name} · ${variant}`).property("run", outcomes.run.id).property("kind", outcomes.run.kind);
    for (const item of outcomes.items.filter((candidate) => candidate.variant === variant)) {
      const test = suite.testCase().className(`juxta.${outcomes.run.kind}.${variant}`).name(caseName(item));
      if (item.totalMs !== null) test.time(item.totalMs / 1000);
      if (item.status === "error") test.error(`${item.errorKind ?? "unknown"}: ${item.errorMessage ?? "the call failed"}`, item.errorKind ?? "unknown");
      else if (item.status !== "done") test.skipped();
      else if (item.passed === false) test.failure(failureMessage(item), "assertion");
    }
  }
  if (tripped.length > 0) {
    const suite = report.testSuite().name(`${outcomes.run.name} · --fail-on`);
    for (const line of tripped) suite.testCase().className("juxta.fail-on").name(line).failure(line, "fail-on");
  }
  return report.build();
}
