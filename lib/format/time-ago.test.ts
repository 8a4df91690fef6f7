import { describe, expect, it } from "vitest";
import { timeAgo } from "./time-ago";

const now = new Date("2026-03-10T12:00:00Z");
const before = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("timeAgo", () => {
  it("says just now under a minute, and for a clock a little ahead", () => {
    expect(timeAgo(before(0), now)).toBe("just now");
    expect(timeAgo(before(59), now)).toBe("just now");
    expect(timeAgo(before(-5), now)).toBe("just now");
  });

  it("uses the largest whole unit", () => {
    expect(timeAgo(before(60), now)).toBe("1 minute ago");
    expect(timeAgo(before(3 * 60 + 59), now)).toBe("3 minutes ago");
    expect(timeAgo(before(2 * 3600), now)).toBe("2 hours ago");
    expect(timeAgo(before(86_400), now)).toBe("yesterday");
    expect(timeAgo(before(9 * 86_400), now)).toBe("last week");
    expect(timeAgo(before(400 * 86_400), now)).toBe("last year");
  });
});
