import { describe, expect, it } from "vitest";
import { storableText } from "./storable";

describe("storableText", () => {
  it("replaces NUL and half surrogate pairs with U+FFFD and says so, and leaves good text alone", () => {
    expect(storableText("a\u0000b")).toEqual({ text: "a\uFFFDb", sanitized: true });
    expect(storableText("x\ud800y")).toEqual({ text: "x\uFFFDy", sanitized: true });
    expect(storableText("fine 😀")).toEqual({ text: "fine 😀", sanitized: false });
  });
});
