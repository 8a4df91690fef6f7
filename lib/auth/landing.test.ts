import { describe, expect, it } from "vitest";
import { landingPath, safeNextPath } from "./landing";

describe("safeNextPath", () => {
  it("keeps a page of this site with its query", () => {
    expect(safeNextPath("/runs/123?tab=matrix")).toBe("/runs/123?tab=matrix");
    expect(safeNextPath("/")).toBe("/");
  });
  it("drops other hosts, API routes, auth pages and control characters", () => {
    for (const raw of ["https://evil.example", "//evil.example/x", "/\\evil.example", "evil", "/api/v1/users", "/login?next=/x", "/setup", "/runs\n", "", null, undefined]) {
      expect(safeNextPath(raw), String(raw)).toBeNull();
    }
  });
});

it("starts reviewers in the review queue and everyone else in Compare", () => {
  expect(landingPath("reviewer")).toBe("/review");
  expect(landingPath("editor")).toBe("/compare");
  expect(landingPath("admin")).toBe("/compare");
});
