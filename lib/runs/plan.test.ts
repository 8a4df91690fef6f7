import { describe, expect, it } from "vitest";
import { countMessageTokens } from "../providers/tokens";
import { sharedTokenCounts } from "./plan";

describe("sharedTokenCounts", () => {
  it("counts as countMessageTokens does, each distinct request apart", () => {
    const count = sharedTokenCounts();
    const question = [{ role: "user" as const, content: "What is the capital of France? Answer in one word." }];
    const withSystem = [{ role: "system" as const, content: "Be brief." }, ...question];
    const other = [{ role: "user" as const, content: "What is the capital of Peru?" }];
    for (const messages of [question, withSystem, other, question, withSystem]) expect(count(messages)).toBe(countMessageTokens(messages));
    expect(count(withSystem)).toBeGreaterThan(count(question));
    // The same text in another role is another request (same count here, but not the same key).
    expect(count([{ role: "assistant", content: question[0]!.content }])).toBe(countMessageTokens([{ role: "assistant", content: question[0]!.content }]));
  });
});
