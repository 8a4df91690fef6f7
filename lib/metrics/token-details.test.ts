import { describe, expect, it } from "vitest";
import { formatTokenDetails } from "./token-details";

describe("token details in words", () => {
  it("names the parts the provider reported, and nothing when it reported none", () => {
    expect(formatTokenDetails({ cachedInputTokens: 400, cacheWriteInputTokens: 100, reasoningTokens: 4 })).toBe("400 cached · 100 cache write · 4 reasoning");
    expect(formatTokenDetails({ cachedInputTokens: 400, cacheWriteInputTokens: null, reasoningTokens: 0 })).toBe("400 cached");
    expect(formatTokenDetails({ cachedInputTokens: null, cacheWriteInputTokens: null, reasoningTokens: null })).toBe("");
  });
});
