import { describe, expect, it } from "vitest";
import { activeNavHref } from "./nav-items";

describe("activeNavHref", () => {
  it("picks the deepest entry a page lies under", () => {
    expect(activeNavHref("/review/reviewers")).toBe("/review/reviewers");
    expect(activeNavHref("/review")).toBe("/review");
    expect(activeNavHref("/runs/abc/scorecard")).toBe("/runs");
  });

  it("marks Overview only on the home page itself", () => {
    expect(activeNavHref("/")).toBe("/");
    expect(activeNavHref("/nothing-here")).toBeUndefined();
  });

  it("does not take a page whose name only starts like an entry", () => {
    expect(activeNavHref("/runsheet")).toBeUndefined();
  });
});
