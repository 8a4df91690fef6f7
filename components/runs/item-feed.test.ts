import { describe, expect, it } from "vitest";
import { mergeChanges } from "./item-feed";

describe("mergeChanges", () => {
  const known = [
    { id: "a", status: "pending" },
    { id: "b", status: "pending" },
    { id: "c", status: "running" },
  ];

  it("replaces changed items in place and keeps the rest", () => {
    expect(mergeChanges(known, [{ id: "c", status: "done" }, { id: "a", status: "running" }])).toEqual([
      { id: "a", status: "running" },
      { id: "b", status: "pending" },
      { id: "c", status: "done" },
    ]);
  });

  it("appends an item it did not know, and returns the same list when nothing changed", () => {
    expect(mergeChanges(known, [{ id: "d", status: "pending" }]).map((item) => item.id)).toEqual(["a", "b", "c", "d"]);
    expect(mergeChanges(known, [])).toBe(known);
  });
});
