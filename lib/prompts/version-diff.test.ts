import { describe, expect, it } from "vitest";
import { diffVersions } from "./version-diff";

describe("diffVersions", () => {
  it("marks a word changed inside a message, and the variables that came and went", () => {
    const diff = diffVersions(
      [
        { role: "system", content: "Be brief." },
        { role: "user", content: "Summarise {{ticket}} for {{team}}." },
      ],
      [
        { role: "system", content: "Be very brief." },
        { role: "user", content: "Summarise {{ticket}} in {{language}}." },
      ],
    );
    expect(diff.messages[0]).toEqual({
      status: "changed",
      role: "system",
      parts: [
        { text: "Be ", change: "same" },
        { text: "very ", change: "added" },
        { text: "brief.", change: "same" },
      ],
    });
    expect(diff.messages[1]!.parts.filter((part) => part.change !== "same").map((part) => [part.change, part.text])).toEqual([
      ["removed", "for"],
      ["added", "in"],
      ["removed", "team"],
      ["added", "language"],
    ]);
    expect(diff).toMatchObject({ variablesAdded: ["language"], variablesRemoved: ["team"] });
  });

  it("pairs messages by position: unchanged, a role change, an added and a removed message", () => {
    const same = diffVersions([{ role: "user", content: "Hi" }], [{ role: "user", content: "Hi" }]);
    expect(same.messages).toEqual([{ status: "same", role: "user", parts: [{ text: "Hi", change: "same" }] }]);
    const grown = diffVersions([{ role: "user", content: "Hi" }], [{ role: "system", content: "Hi" }, { role: "user", content: "Go" }]);
    expect(grown.messages.map((message) => [message.status, message.role, message.roleBefore])).toEqual([
      ["changed", "system", "user"],
      ["added", "user", undefined],
    ]);
    const shrunk = diffVersions([{ role: "system", content: "S" }, { role: "user", content: "U" }], [{ role: "system", content: "S" }]);
    expect(shrunk.messages[1]).toEqual({ status: "removed", role: "user", parts: [{ text: "U", change: "removed" }] });
  });
});
