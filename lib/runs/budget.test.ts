import { describe, expect, it } from "vitest";
import { Budget } from "./budget";

describe("Budget", () => {
  it("starts a call only while its worst case fits beside what is spent and held", () => {
    const budget = new Budget(0.25);
    const first = budget.reserve(0.1)!;
    const second = budget.reserve(0.1)!;
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    expect(budget.reserve(0.1)).toBeNull(); // 0.3 held would pass 0.25
    expect(budget.reserved()).toBe(0.2);
    expect(budget.remaining()).toBeCloseTo(0.05, 12);
    // The first call cost less than its worst case: the saving is available again, but not enough.
    budget.settle(first, 0.06);
    expect(budget.spent()).toBe(0.06);
    expect(budget.reserved()).toBe(0.1);
    expect(budget.reserve(0.1)).toBeNull(); // 0.06 + 0.1 + 0.1 = 0.26
    const third = budget.reserve(0.09)!;
    expect(third).not.toBeNull(); // exactly 0.25: fits
    expect(budget.remaining()).toBe(0);
    budget.settle(second, 0.1);
    budget.settle(third, 0.09);
    expect(budget.spent()).toBe(0.25);
    expect(budget.reserved()).toBe(0);
  });

  it("counts exactly at the limit, where floats would drift", () => {
    const budget = new Budget("0.3");
    const held = [budget.reserve(0.1), budget.reserve(0.1), budget.reserve(0.1)];
    expect(held.every((reservation) => reservation !== null)).toBe(true); // 0.1 + 0.1 + 0.1 ≠ 0.3 in floats
    for (const reservation of held) budget.settle(reservation!, "0.1");
    expect(budget.spent()).toBe(0.3);
    expect(budget.reserve(0.00000001)).toBeNull();
  });

  it("adds what a call actually cost even when it passed its reservation, and stops there", () => {
    const budget = new Budget(1, 0.5); // 0.5 spent before this executor took the run
    const call = budget.reserve(0.2)!;
    budget.settle(call, 0.7);
    expect(budget.spent()).toBe(1.2);
    expect(budget.remaining()).toBe(0);
    expect(budget.reserve(0)).toBeNull();
  });

  it("refuses a call larger than the whole budget even when nothing is spent", () => {
    expect(new Budget(0.05).reserve(0.1)).toBeNull();
  });

  it("without a limit, every reservation fits and spending is still counted", () => {
    const budget = new Budget(null);
    expect(budget.limited).toBe(false);
    const call = budget.reserve(1e6)!;
    expect(budget.remaining()).toBe(Number.POSITIVE_INFINITY);
    budget.settle(call, 0.42);
    expect(budget.spent()).toBe(0.42);
  });

  it("settles a reservation once", () => {
    const budget = new Budget(1);
    const call = budget.reserve(0.5)!;
    budget.settle(call, 0.1);
    expect(() => budget.settle(call, 0.1)).toThrow(/already settled/);
    expect(() => new Budget(1).settle(call, 0)).toThrow(/not from this budget/);
    expect(budget.spent()).toBe(0.1);
  });
});
