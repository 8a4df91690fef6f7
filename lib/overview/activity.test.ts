import { describe, expect, it } from "vitest";
import { mergeActivity, type ActivityItem } from "./activity";

const item = (kind: ActivityItem["kind"], id: string, at: string): ActivityItem => ({ kind, id, title: id, detail: "", href: "/", actor: "A", at });

describe("mergeActivity", () => {
  it("interleaves the lists newest first and keeps only the limit", () => {
    const sessions = [item("session", "s2", "2026-01-03T00:00:00.000Z"), item("session", "s1", "2026-01-01T00:00:00.000Z")];
    const runs = [item("run", "r1", "2026-01-02T00:00:00.000Z")];
    const votes = [item("vote", "v1", "2026-01-04T00:00:00.000Z"), item("vote", "v0", "2025-12-31T00:00:00.000Z")];
    expect(mergeActivity([sessions, runs, votes], 4).map((entry) => entry.id)).toEqual(["v1", "s2", "r1", "s1"]);
  });

  it("orders items of the same instant by their list", () => {
    const at = "2026-01-01T00:00:00.000Z";
    expect(mergeActivity([[item("session", "s", at)], [item("run", "r", at)], [item("vote", "v", at)]], 10).map((entry) => entry.id)).toEqual(["s", "r", "v"]);
  });

  it("is empty for an empty workspace", () => {
    expect(mergeActivity([[], [], []], 8)).toEqual([]);
  });
});
