import { describe, expect, it } from "vitest";
import { systemMessagesSent } from "./system-prompts";

const prompt = [
  { role: "system" as const, content: "Answer in French." },
  { role: "user" as const, content: "Hi" },
];

describe("the system messages a call sends", () => {
  it("puts the variant's system prompt first and the prompt's system message after it, both kept", () => {
    expect(systemMessagesSent("You are terse.", prompt)).toEqual([
      { from: "variant", content: "You are terse." },
      { from: "prompt", content: "Answer in French." },
    ]);
  });

  it("sends only the one there is", () => {
    expect(systemMessagesSent(null, prompt)).toEqual([{ from: "prompt", content: "Answer in French." }]);
    expect(systemMessagesSent("You are terse.", [{ role: "user", content: "Hi" }])).toEqual([{ from: "variant", content: "You are terse." }]);
    expect(systemMessagesSent("", [{ role: "user", content: "Hi" }])).toEqual([]);
  });
});
