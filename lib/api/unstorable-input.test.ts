import { describe, expect, it } from "vitest";
import { findUnstorable, MAX_JSON_DEPTH } from "./unstorable-input";

const nested = (depth: number) => JSON.parse(`${"[".repeat(depth)}${"]".repeat(depth)}`) as unknown;

describe("findUnstorable", () => {
  it("passes ordinary input", () => {
    expect(findUnstorable({ a: [1, "two", { three: null, four: true }], "": "" })).toBeNull();
  });

  it("names the path of a NUL in a value or a key", () => {
    expect(findUnstorable({ messages: [{ role: "user" }, { content: "a\u0000" }] })).toEqual({
      path: "messages.1.content",
      message: "contains a NUL character (\\u0000), which cannot be stored",
    });
    expect(findUnstorable({ vars: { "k\u0000": 1 } })?.path).toBe("vars.k\\u0000");
    expect(findUnstorable("\u0000")?.path).toBe("(root)");
  });

  it("allows exactly the maximum depth and refuses one more, without recursion", () => {
    expect(findUnstorable(nested(MAX_JSON_DEPTH))).toBeNull();
    expect(findUnstorable(nested(MAX_JSON_DEPTH + 1))?.message).toBe(`is nested deeper than ${MAX_JSON_DEPTH} levels`);
    expect(findUnstorable(nested(200_000))?.path).toBe("0.0.0.0.0.0.0.0.…");
  });
});

describe("half a surrogate pair", () => {
  it("is refused like a NUL: valid JSON, but no UTF-8 form for PostgreSQL", () => {
    expect(findUnstorable(JSON.parse('{"messages":[{"content":"a\\ud800b"}]}'))).toMatchObject({ path: "messages.0.content" });
    expect(findUnstorable({ text: "a pair is fine: 😀" })).toBeNull();
  });
});
