import { expect, it } from "vitest";
import { plural } from "./plural";

it("says one without an s, and any other count with one", () => {
  expect(plural(1, "turn")).toBe("1 turn");
  expect(plural(0, "turn")).toBe("0 turns");
  expect(plural(12_000, "item")).toBe("12,000 items");
});
