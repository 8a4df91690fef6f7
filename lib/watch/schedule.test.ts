import { describe, expect, it } from "vitest";
import { dueSlot, nextSlot, scheduleProblem } from "./schedule";

const at = (iso: string) => new Date(iso);
const hourly = { cron: "0 * * * *", timeZone: "UTC", createdAt: at("2026-03-01T00:30:00Z") };

describe("dueSlot", () => {
  it("is due once per slot: the slot at or before now, then nothing until the next", () => {
    expect(dueSlot({ ...hourly, lastScheduledFor: null }, at("2026-03-01T00:59:59Z"))).toBeNull();
    expect(dueSlot({ ...hourly, lastScheduledFor: null }, at("2026-03-01T01:00:00Z"))).toEqual(at("2026-03-01T01:00:00Z"));
    expect(dueSlot({ ...hourly, lastScheduledFor: at("2026-03-01T01:00:00Z") }, at("2026-03-01T01:30:00Z"))).toBeNull();
    expect(dueSlot({ ...hourly, lastScheduledFor: at("2026-03-01T01:00:00Z") }, at("2026-03-01T02:00:10Z"))).toEqual(at("2026-03-01T02:00:00Z"));
  });

  it("after downtime returns only the latest missed slot (one catch-up, not one per slot)", () => {
    expect(dueSlot({ ...hourly, lastScheduledFor: at("2026-03-01T01:00:00Z") }, at("2026-03-01T07:20:00Z"))).toEqual(at("2026-03-01T07:00:00Z"));
  });

  it("does not fire for slots from before the watch existed", () => {
    expect(dueSlot({ ...hourly, createdAt: at("2026-03-01T01:00:00Z"), lastScheduledFor: null }, at("2026-03-01T01:00:00Z"))).toEqual(at("2026-03-01T01:00:00Z"));
    expect(dueSlot({ ...hourly, createdAt: at("2026-03-01T01:00:01Z"), lastScheduledFor: null }, at("2026-03-01T01:59:00Z"))).toBeNull();
  });

  it("reads the cron in the watch's time zone, across a daylight-saving change", () => {
    const paris = { cron: "0 9 * * *", timeZone: "Europe/Paris", createdAt: at("2026-03-27T00:00:00Z"), lastScheduledFor: null };
    // 09:00 in Paris is 08:00 UTC before the change (29 March 2026) and 07:00 UTC after it.
    expect(dueSlot(paris, at("2026-03-28T08:00:00Z"))).toEqual(at("2026-03-28T08:00:00Z"));
    expect(dueSlot({ ...paris, lastScheduledFor: at("2026-03-28T08:00:00Z") }, at("2026-03-30T07:00:00Z"))).toEqual(at("2026-03-30T07:00:00Z"));
    expect(nextSlot("0 9 * * *", "Europe/Paris", at("2026-03-30T07:00:00Z"))).toEqual(at("2026-03-31T07:00:00Z"));
  });
});

describe("scheduleProblem", () => {
  it("names what is wrong with a schedule", () => {
    expect(scheduleProblem("*/15 * * * *", "UTC")).toBeNull();
    expect(scheduleProblem("* * * *", "UTC")).toMatch(/five-field/);
    expect(scheduleProblem("61 * * * *", "UTC")).toMatch(/not a valid cron/);
    expect(scheduleProblem("0 * * * *", "Mars/Olympus")).toMatch(/not a time zone/);
  });
});
