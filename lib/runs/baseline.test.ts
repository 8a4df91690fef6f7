import { describe, expect, it } from "vitest";
import { baselineKey, baselineVerdict } from "./baseline";

const side = (status: "pending" | "running" | "done" | "error" | "cancelled", passed: boolean | null, textHash: string | null = "h1") => ({ status, passed, textHash });

describe("baselineVerdict", () => {
  it("gives no verdict until both items finished", () => {
    expect(baselineVerdict(side("pending", null, null), side("done", true))).toBeNull();
    expect(baselineVerdict(side("running", null, null), side("done", true))).toBeNull();
    expect(baselineVerdict(side("done", true), side("cancelled", null))).toBeNull();
    expect(baselineVerdict(side("done", true), null)).toBeNull();
  });

  it("puts a change of pass/fail before a change of text", () => {
    expect(baselineVerdict(side("done", false, "h2"), side("done", true))).toBe("newly_failing");
    expect(baselineVerdict(side("error", false, null), side("done", true))).toBe("newly_failing");
    expect(baselineVerdict(side("done", true, "h2"), side("error", false, null))).toBe("fixed");
    expect(baselineVerdict(side("done", true, "h2"), side("done", true))).toBe("changed");
    expect(baselineVerdict(side("done", true), side("done", true))).toBe("unchanged");
  });

  it("matches on case, variant and repetition", () => {
    expect(baselineKey({ caseKey: "c", variantId: "v", repetition: 1 })).not.toBe(baselineKey({ caseKey: "c", variantId: "v", repetition: 0 }));
  });
});
