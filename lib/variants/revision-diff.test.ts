import { describe, expect, it } from "vitest";
import { revisionDiff, type RevisionSettings } from "./revision-diff";

const base: RevisionSettings = { model: { displayName: "GPT-4o mini", providerName: "OpenAI" }, systemPrompt: "Answer briefly.", temperature: null, topP: null, maxTokens: 200, stop: [], seed: null };

describe("revisionDiff", () => {
  it("lists only the settings that changed, with their old and new values", () => {
    const diff = revisionDiff(base, { ...base, temperature: 0.7, stop: ["END"] });
    expect(diff.settings).toEqual([
      { label: "Temperature", before: "default", after: "0.7" },
      { label: "Stop", before: "none", after: '"END"' },
    ]);
    expect(diff.systemPrompt).toBeNull();
  });

  it("diffs the system prompt word by word", () => {
    const diff = revisionDiff(base, { ...base, systemPrompt: "Answer very briefly." });
    expect(diff.settings).toEqual([]);
    expect(diff.systemPrompt).toEqual([
      { text: "Answer ", change: "same" },
      { text: "very ", change: "added" },
      { text: "briefly.", change: "same" },
    ]);
  });

  it("shows a model move and a prompt removed", () => {
    const diff = revisionDiff(base, { ...base, model: { displayName: "Claude", providerName: "Anthropic" }, systemPrompt: null });
    expect(diff.settings).toEqual([{ label: "Model", before: "GPT-4o mini (OpenAI)", after: "Claude (Anthropic)" }]);
    expect(diff.systemPrompt).toEqual([{ text: "Answer briefly.", change: "removed" }]);
  });
});
