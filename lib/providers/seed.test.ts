import { describe, expect, it } from "vitest";
import { providersFromEnv } from "./seed";

describe("providersFromEnv", () => {
  it("adds nothing without keys: the simulated provider is enough", () => {
    expect(providersFromEnv({})).toEqual([]);
  });

  it("maps OPENAI_API_KEY and ANTHROPIC_API_KEY to their providers", () => {
    expect(providersFromEnv({ OPENAI_API_KEY: "sk-1", ANTHROPIC_API_KEY: "sk-ant-1" })).toEqual([
      { name: "OpenAI", kind: "openai", apiKey: "sk-1" },
      { name: "Anthropic", kind: "anthropic", apiKey: "sk-ant-1" },
    ]);
  });

  it("treats OPENAI_BASE_URL as an OpenAI-compatible server, key optional", () => {
    expect(providersFromEnv({ OPENAI_BASE_URL: "http://127.0.0.1:11434/v1" })).toEqual([
      { name: "OpenAI-compatible", kind: "openai_compatible", baseUrl: "http://127.0.0.1:11434/v1", apiKey: undefined },
    ]);
  });
});
