import { describe, expect, it } from "vitest";
import type { Comparison } from "./paired-comparison";
import { planPassRate } from "./planner";
import { planSentence } from "./sentences";

/** A pass-rate comparison as comparePaired makes it, from the 2×2 table (A = first side). */
function passRate(counts: { both: number; onlyA: number; onlyB: number; neither: number }, significant = false): Comparison {
  const n = counts.both + counts.onlyA + counts.onlyB + counts.neither;
  return { metric: "pass_rate", a: "a", b: "b", n, aValue: null, bValue: null, difference: (counts.onlyB - counts.onlyA) / n, ci95: null, pValue: 0.5, pAdjusted: 0.5, significant, small: false, counts };
}

// Connor's n = [z(0.975)·√ψ + z(0.8)·√(ψ − δ²)]² / δ² with z(0.975) = 1.959964, z(0.8) = 0.841621.
describe("planPassRate", () => {
  it("says how many paired cases would detect 5 points, from the observed discordant share", () => {
    // 40 cases, 3 + 1 discordant: ψ = 0.1, observed δ = 2/40 = 0.05 (not larger than 5 points).
    // [1.959964·√0.1 + 0.841621·√0.0975]² / 0.0025 = (0.619795 + 0.262796)² / 0.0025 = 311.59 → 312 ≤ 400.
    const plan = planPassRate(passRate({ both: 30, onlyA: 3, onlyB: 1, neither: 6 }))!;
    expect(plan).toEqual({ have: 40, effectivelyTied: false, targets: [{ difference: 0.05, source: "stated", discordantShare: 0.1, needed: 312, effectivelyTied: false }] });
    expect(planSentence(plan)).toBe("About 312 paired cases would detect a 5-point difference (80 % power).");
  });

  it("adds the observed difference when larger, and calls 5 points effectively tied past ten times the cases", () => {
    // 40 cases, 1 + 5 discordant: ψ = 0.15, observed δ = 4/40 = 0.1.
    // 5 points: (1.959964·√0.15 + 0.841621·√0.1475)² / 0.0025 = (0.759091 + 0.323230)² / 0.0025 = 468.57 → 469 > 400: tied.
    // 10 points: (0.759091 + 0.841621·√0.14)² / 0.01 = (0.759091 + 0.314906)² / 0.01 = 115.35 → 116.
    const plan = planPassRate(passRate({ both: 20, onlyA: 1, onlyB: 5, neither: 14 }))!;
    expect(plan.targets).toEqual([
      { difference: 0.05, source: "stated", discordantShare: 0.15, needed: null, effectivelyTied: true },
      { difference: 0.1, source: "observed", discordantShare: 0.15, needed: 116, effectivelyTied: false },
    ]);
    expect(plan.effectivelyTied).toBe(false);
    expect(planSentence(plan)).toBe("Effectively tied at 5 points (more than ten times the 40 paired cases here), but about 116 paired cases would detect the observed 10-point difference (80 % power).");
    // With 200 such cases both are within reach: 469 ≤ 2,000.
    const more = planPassRate(passRate({ both: 100, onlyA: 5, onlyB: 25, neither: 70 }))!;
    expect(more.targets.map((target) => target.needed)).toEqual([469, 116]);
    expect(planSentence(more)).toBe("About 469 paired cases would detect a 5-point difference, 116 the observed 10-point one (80 % power).");
  });

  it("assumes at least δ discordant when fewer disagreed, and says 'effectively tied' when out of reach", () => {
    // No discordant case: ψ is taken as 0.05 → (1.959964·√0.05 + 0.841621·√0.0475)² / 0.0025
    // = (0.438262 + 0.183428)² / 0.0025 = 154.60 → 155; with 10 cases that is over 100: tied.
    expect(planPassRate(passRate({ both: 35, onlyA: 0, onlyB: 0, neither: 5 }))!.targets[0]).toMatchObject({ discordantShare: 0.05, needed: 155 });
    const tied = planPassRate(passRate({ both: 8, onlyA: 0, onlyB: 0, neither: 2 }))!;
    expect(tied).toMatchObject({ have: 10, effectivelyTied: true });
    expect(planSentence(tied)).toBe("Effectively tied: detecting a 5-point difference would take more than ten times the 10 paired cases here.");
  });

  it("plans only for pass rates that were not called different", () => {
    expect(planPassRate(passRate({ both: 30, onlyA: 8, onlyB: 1, neither: 1 }, true))).toBeNull();
    expect(planPassRate({ ...passRate({ both: 30, onlyA: 3, onlyB: 1, neither: 6 }), metric: "total_ms_p50" })).toBeNull();
    expect(planPassRate(passRate({ both: 0, onlyA: 0, onlyB: 0, neither: 0 }))).toBeNull();
  });
});
