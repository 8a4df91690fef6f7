import { describe, expect, it } from "vitest";
import { defaultProfiles, profileOverrideSchema, profileVersions, resolveProfile } from "./profiles";

describe("simulated profiles", () => {
  it("orders the models: larger follows more instructions and answers slower", () => {
    const [fast, balanced, large] = [defaultProfiles["sim-fast"]!, defaultProfiles["sim-balanced"]!, defaultProfiles["sim-large"]!];
    for (const key of Object.keys(fast.instructions) as (keyof typeof fast.instructions)[]) {
      expect(fast.instructions[key]).toBeLessThan(balanced.instructions[key]);
      expect(balanced.instructions[key]).toBeLessThan(large.instructions[key]);
    }
    for (const key of Object.keys(fast.tasks) as (keyof typeof fast.tasks)[]) expect(fast.tasks[key]).toBeLessThan(large.tasks[key]);
    expect(fast.ttftMs).toBeLessThan(large.ttftMs);
    expect(fast.tokensPerSecond).toBeGreaterThan(large.tokensPerSecond);
    for (const profile of [fast, balanced, large]) expect(profile.instructions.jsonKeys).toBeLessThanOrEqual(profile.instructions.json);
  });

  it("switches to version 2, the degraded release, by version or preset, and overrides on top", () => {
    expect(resolveProfile("sim-large")).toEqual(defaultProfiles["sim-large"]);
    const degraded = resolveProfile("sim-large", { version: 2 });
    expect(degraded).toEqual(profileVersions["sim-large"]![2]);
    expect(resolveProfile("sim-large", { preset: "degraded" })).toEqual(degraded);
    expect(degraded.instructions.json).toBeLessThan(defaultProfiles["sim-large"]!.instructions.json);
    expect(degraded.ttftMs).toBe(defaultProfiles["sim-large"]!.ttftMs);
    const custom = resolveProfile("sim-fast", { version: 2, instructions: { json: 0.5 }, ttftMs: 10 });
    expect(custom).toMatchObject({ version: 2, ttftMs: 10, instructions: { json: 0.5, labels: profileVersions["sim-fast"]![2]!.instructions.labels } });
    // Keyed JSON cannot be likelier than JSON.
    expect(custom.instructions.jsonKeys).toBeLessThanOrEqual(0.5);
    expect(resolveProfile("my-own-model")).toEqual(defaultProfiles["sim-balanced"]);
  });

  it("refuses unknown fields and rates outside 0–1 in settings", () => {
    expect(profileOverrideSchema.safeParse({ instructions: { json: 1.5 } }).success).toBe(false);
    expect(profileOverrideSchema.safeParse({ jsonRate: 0.5 }).success).toBe(false);
    expect(profileOverrideSchema.safeParse({ preset: "broken" }).success).toBe(false);
    expect(profileOverrideSchema.parse({ errorRate: 0.1, tasks: { arithmetic: 0.2 } })).toEqual({ errorRate: 0.1, tasks: { arithmetic: 0.2 } });
  });
});
