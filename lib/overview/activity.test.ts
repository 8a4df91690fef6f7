import { describe, expect, it } from "vitest";
import { groupVotes, mergeActivity, type ActivityItem } from "./activity";

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

describe("groupVotes", () => {
  const vote = (id: string, reviewer: string, choice: "a" | "b" | "tie" | "both_bad", at: string) => ({ id, reviewer, choice, at });

  it("folds a reviewer's votes in a row into one entry, at the newest, counting each choice", () => {
    const grouped = groupVotes([
      vote("v5", "Ann", "a", "2026-01-01T00:05:00.000Z"),
      vote("v4", "Ann", "tie", "2026-01-01T00:04:00.000Z"),
      vote("v3", "Ann", "a", "2026-01-01T00:03:00.000Z"),
      vote("v2", "Bo", "both_bad", "2026-01-01T00:02:00.000Z"),
      vote("v1", "Ann", "b", "2026-01-01T00:01:00.000Z"),
    ]);
    expect(grouped.map(({ id, title, detail, actor, at }) => ({ id, title, detail, actor, at }))).toEqual([
      { id: "v5", title: "Voted on 3 pairs", detail: "2 A, 1 tie", actor: "Ann", at: "2026-01-01T00:05:00.000Z" },
      { id: "v2", title: "Voted on a pair", detail: "1 both bad", actor: "Bo", at: "2026-01-01T00:02:00.000Z" },
      { id: "v1", title: "Voted on a pair", detail: "1 B", actor: "Ann", at: "2026-01-01T00:01:00.000Z" },
    ]);
  });

  it("has nothing for no votes", () => {
    expect(groupVotes([])).toEqual([]);
  });
});
