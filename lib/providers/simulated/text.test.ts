import { describe, expect, it } from "vitest";
import { seededRandom } from "../../stats/random";
import { codeBlock, keyTerms, markdownList, paragraphs, subjectOf, summarySentences, truncateWords, wordCount } from "./text";

describe("simulated text", () => {
  it("takes the prompt's content words, not its instructions or values", () => {
    expect(keyTerms("Explain caching strategies in French, in under 20 words.")).toEqual(["caching", "strategies"]);
    expect(keyTerms("Extract the order number: order ORD-123 for Lisbon")).toEqual(["order", "number", "lisbon"]);
  });

  it("finds the material after the instruction", () => {
    expect(subjectOf("Classify this ticket.\n\nTicket: My card was charged twice.")).toBe("My card was charged twice.");
    expect(subjectOf("Summarise in under 20 words: The report shows revenue grew while costs fell.")).toBe("The report shows revenue grew while costs fell.");
    expect(summarySentences("One thing. Two things! 3 more?")).toEqual(["One thing.", "Two things!", "3 more?"]);
  });

  it("writes sentences in the asked language, without repeating a template back to back", () => {
    const english = paragraphs(["latency", "cost", "quality"], 60, seededRandom(1));
    expect(wordCount(english)).toBeGreaterThanOrEqual(60);
    const sentences = english.split(/(?<=\.)\s+/);
    for (let i = 1; i < sentences.length; i++) expect(sentences[i]).not.toBe(sentences[i - 1]);
    expect(paragraphs(["latence"], 20, seededRandom(2), "French")).toMatch(/\b(de|les|la|est|sur|car)\b/);
    expect(paragraphs(["Kosten"], 20, seededRandom(2), "German")).toMatch(/\b(und|von|bei|ist|an|mit)\b/);
  });

  it("cuts to a word limit at a sentence end when one fits", () => {
    expect(truncateWords("One two three. Four five six seven.", 5)).toBe("One two three.");
    expect(truncateWords("A very long first sentence that goes on and on", 6)).toBe("A very long first sentence that.");
    expect(truncateWords("the cat sat on the mat and the dog", 5)).toBe("the cat sat.");
    expect(truncateWords("short", 6)).toBe("short");
  });

  it("writes Markdown lists and fenced code", () => {
    expect(markdownList(["risks", "billing"], seededRandom(3))).toMatch(/^### Risks and billing\n\n- \*\*risks\*\*: .+\n- \*\*billing\*\*: .+$/);
    expect(codeBlock("python", ["dedupe", "emails"])).toMatch(/^```python\ndef dedupe\(items\):[\s\S]+\n```$/);
    expect(codeBlock("", ["retry"])).toMatch(/^```typescript\nexport function retry/);
  });
});
