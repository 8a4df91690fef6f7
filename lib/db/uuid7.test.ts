import { describe, expect, it } from "vitest";
import { z } from "zod";
import { uuid7 } from "./uuid7";

describe("uuid7", () => {
  it("is a valid version-7 UUID that sorts by time", () => {
    const early = uuid7(1_700_000_000_000);
    const late = uuid7(1_700_000_000_001);
    expect(z.uuid({ version: "v7" }).safeParse(early).success).toBe(true);
    expect(early < late).toBe(true);
    expect(early.slice(0, 13)).toBe("018bcfe5-6800");
  });
});
