import { describe, expect, it } from "vitest";
import { judgePrompt, parseVerdict } from "./judge";

describe("judge", () => {
  it("reads a score and reason from a reply, fenced or chatty", () => {
    expect(parseVerdict('{"score": 4, "reason": "Mostly right."}')).toEqual({ score: 4, reason: "Mostly right." });
    expect(parseVerdict('Here is my verdict:\n```json\n{"score": 2, "reason": "Wrong city"}\n```')).toEqual({ score: 2, reason: "Wrong city" });
    expect(parseVerdict('{"score": 9}')).toBeNull();
    expect(parseVerdict("I would give it a four.")).toBeNull();
  });

  it("puts rubric, question, reference and answer in the prompt", () => {
    const [system, user] = judgePrompt("Names the capital", "Capital of France?", "Paris", "Paris");
    expect(system!.role).toBe("system");
    expect(user!.content).toBe("Rubric:\nNames the capital\n\nQuestion:\nCapital of France?\n\nReference answer:\nParis\n\nAnswer to grade:\nParis");
    expect(judgePrompt("r", "q", "a", null)[1]!.content).not.toContain("Reference answer");
  });
});
