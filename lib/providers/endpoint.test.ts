import { describe, expect, it } from "vitest";
import { effectiveBaseUrl, endpointChanged, endpointProblem } from "./endpoint";

const proxy = "https://proxy.example/v1";

describe("provider endpoints", () => {
  it("sends official kinds to their official API unless they are a custom endpoint", () => {
    expect(effectiveBaseUrl({ kind: "openai", baseUrl: proxy, customEndpoint: false })).toBeNull();
    expect(effectiveBaseUrl({ kind: "openai", baseUrl: proxy, customEndpoint: true })).toBe(proxy);
    expect(effectiveBaseUrl({ kind: "openai_compatible", baseUrl: proxy, customEndpoint: false })).toBe(proxy);
    expect(endpointProblem({ kind: "anthropic", baseUrl: proxy, customEndpoint: false })).toMatch(/^An Anthropic provider calls the official API/);
    expect(endpointProblem({ kind: "anthropic", baseUrl: null, customEndpoint: true })).toBe("A custom endpoint needs a base URL.");
    expect(endpointProblem({ kind: "openai_compatible", baseUrl: proxy, customEndpoint: false })).toBeNull();
  });

  it("counts a new kind or a new effective URL as a new endpoint (the key does not follow)", () => {
    const compatible = { kind: "openai_compatible", baseUrl: proxy, customEndpoint: false } as const;
    expect(endpointChanged(compatible, { ...compatible })).toBe(false);
    expect(endpointChanged(compatible, { ...compatible, baseUrl: "http://10.0.0.5/v1" })).toBe(true);
    expect(endpointChanged(compatible, { ...compatible, kind: "openai", customEndpoint: true })).toBe(true);
    expect(endpointChanged({ kind: "openai", baseUrl: proxy, customEndpoint: true }, { kind: "openai", baseUrl: proxy, customEndpoint: false })).toBe(true);
  });
});
