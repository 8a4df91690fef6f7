import { describe, expect, it } from "vitest";
import { detectCode, detectInstructions, detectJson, detectLabels, detectLanguage, detectMarkdown, detectMaxWords, detectStartsWith, parseList } from "./instructions";

describe("instruction detectors", () => {
  it("finds a request for JSON, and not a question about JSON", () => {
    expect(detectJson("Answer as JSON.")).toEqual({ keys: [], keyLabels: {} });
    expect(detectJson("Return a JSON object describing the city.")).toEqual({ keys: [], keyLabels: {} });
    expect(detectJson("Respond with valid JSON only.")).not.toBeNull();
    expect(detectJson("What is JSON and why do APIs use it?")).toBeNull();
    expect(detectJson("Explain the difference between YAML and JSON.")).toBeNull();
  });

  it("reads the named keys, with a label list per key", () => {
    expect(detectJson('Return JSON with keys "category" (one of: billing, bug, account), "priority" (one of: low, medium, high) and "summary".\n\nTicket: …')).toEqual({
      keys: ["category", "priority", "summary"],
      keyLabels: { category: ["billing", "bug", "account"], priority: ["low", "medium", "high"] },
    });
    expect(detectJson("Answer in JSON with the fields name, age and city. Be brief.")?.keys).toEqual(["name", "age", "city"]);
    expect(detectJson("Output JSON with keys: `total`, `currency`.")?.keys).toEqual(["total", "currency"]);
  });

  it("finds a word limit, strict for 'under'", () => {
    expect(detectMaxWords("Summarise in under 30 words.")).toBe(29);
    expect(detectMaxWords("Use at most 50 words.")).toBe(50);
    expect(detectMaxWords("No more than 12 words, please.")).toBe(12);
    expect(detectMaxWords("Write 300 words about Rome.")).toBeNull();
    expect(detectMaxWords("This text is under review.")).toBeNull();
  });

  it("finds a listed set of labels", () => {
    expect(detectLabels("Answer with one of: positive, negative, neutral.\n\nReview: great!")).toEqual(["positive", "negative", "neutral"]);
    expect(detectLabels("Classify the ticket as one of: billing | bug | feature request")).toEqual(["billing", "bug", "feature request"]);
    expect(detectLabels('Reply with exactly one of "yes" or "no".')).toEqual(["yes", "no"]);
    expect(detectLabels("Which one of these do you prefer?")).toBeNull();
    expect(detectLabels("The labels on the boxes were wrong.")).toBeNull();
  });

  it("splits lists on commas, bars, slashes and 'or'", () => {
    expect(parseList('"a", "b" or "c".')).toEqual(["a", "b", "c"]);
    expect(parseList("low/medium/high")).toEqual(["low", "medium", "high"]);
  });

  it("finds the language to answer in", () => {
    expect(detectLanguage("Answer in French.")).toBe("French");
    expect(detectLanguage("Translate this into spanish: good morning")).toBe("Spanish");
    expect(detectLanguage("Reply in German, please.")).toBe("German");
    expect(detectLanguage("What is French cuisine known for?")).toBeNull();
    expect(detectLanguage("Answer in English.")).toBeNull();
  });

  it("finds a phrase the answer must start with", () => {
    expect(detectStartsWith('Start your answer with "In short:" and explain.')).toBe("In short:");
    expect(detectStartsWith("Begin with 'Dear customer,' then apologise.")).toBe("Dear customer,");
    expect(detectStartsWith("Start with the basics of caching.")).toBeNull();
  });

  it("finds requests for Markdown and for code", () => {
    expect(detectMarkdown("Give me a bullet list of risks.")).toBe(true);
    expect(detectMarkdown("Format it as Markdown with headings.")).toBe(true);
    expect(detectMarkdown("Why is the sky blue?")).toBe(false);
    expect(detectCode("Write a Python function that sums a list.")).toBe("python");
    expect(detectCode("Write a query that counts orders per day.")).toBe("sql");
    expect(detectCode("Show me code for a retry loop.")).toBe("");
    expect(detectCode("What does this error code mean?")).toBeNull();
  });

  it("collects every instruction of a prompt", () => {
    const found = detectInstructions('Answer in Spanish, in under 20 words. Start your reply with "Hola".');
    expect(found).toMatchObject({ json: null, maxWords: 19, labels: null, language: "Spanish", startsWith: "Hola", markdown: false, code: null });
  });
});
