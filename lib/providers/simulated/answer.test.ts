import { describe, expect, it } from "vitest";
import { evaluateAssertion } from "../../assertions/evaluate";
import type { CompletionRequest } from "../types";
import { simulatedText } from "./answer";
import { defaultProfiles, resolveProfile } from "./profiles";
import { wordCount } from "./text";

const ask = (content: string, params: CompletionRequest["params"] = { temperature: 0 }, model = "sim-fast"): CompletionRequest => ({ model, messages: [{ role: "user", content }], params });
const isJson = (text: string) => evaluateAssertion({ type: "is_json" }, { question: "", text, ttftMs: null, totalMs: null, costUsd: 0, expectedOutput: null, baselineText: null }).passed;
const jsonPrompts = Array.from({ length: 600 }, (_, i) => `Describe city number ${i} of the survey. Answer as JSON.`);
/** Three binomial standard errors around the rate. */
const band = (rate: number, n: number) => 3 * Math.sqrt((rate * (1 - rate)) / n);

describe("simulated answers", () => {
  it("gives the same request the same text, and marks free text as simulated", () => {
    const profile = defaultProfiles["sim-fast"]!;
    const text = simulatedText(ask("Which model should we pick for support tickets?"), profile);
    expect(simulatedText(ask("Which model should we pick for support tickets?"), profile)).toBe(text);
    expect(text.startsWith("(Simulated answer) ")).toBe(true);
    expect(text).toMatch(/support|tickets|model/);
    // A fixed seed makes even a hot variant reproducible; another seed answers differently.
    const seeded = ask("Which model should we pick?", { temperature: 0.9, seed: 7 });
    expect(simulatedText(seeded, profile, null)).toBe(simulatedText(seeded, profile, null));
    expect(simulatedText(ask("Which model should we pick?", { temperature: 0.9, seed: 8 }), profile, null)).not.toBe(simulatedText(seeded, profile, null));
  });

  it("words each repetition differently at temperature > 0", () => {
    const profile = defaultProfiles["sim-balanced"]!;
    const request = ask("How should we roll out the new pricing page?", { temperature: 0.7 });
    const texts = new Set([0.1, 0.2, 0.3, 0.4].map((salt) => simulatedText(request, profile, salt)));
    expect(texts.size).toBe(4);
  });

  it("is flakier the hotter it runs, while the long-run rate stays the profile's", () => {
    const profile = defaultProfiles["sim-fast"]!;
    const disagreement = (temperature: number) => jsonPrompts.filter((content) => isJson(simulatedText(ask(content, { temperature }), profile, 1)) !== isJson(simulatedText(ask(content, { temperature }), profile, 2))).length;
    const [cold, warm, hot] = [disagreement(0.1), disagreement(0.5), disagreement(1)];
    expect(cold).toBeLessThan(warm);
    expect(warm).toBeLessThan(hot);
    const hotRate = jsonPrompts.filter((content) => isJson(simulatedText(ask(content, { temperature: 1 }), profile, 3))).length / jsonPrompts.length;
    expect(Math.abs(hotRate - profile.instructions.json)).toBeLessThan(band(profile.instructions.json, jsonPrompts.length));
  });

  it("follows instructions at each model's rate, and a degraded version follows fewer", () => {
    for (const model of ["sim-fast", "sim-large"]) {
      const profile = defaultProfiles[model]!;
      const rate = jsonPrompts.filter((content) => isJson(simulatedText(ask(content, { temperature: 0 }, model), profile))).length / jsonPrompts.length;
      expect(Math.abs(rate - profile.instructions.json)).toBeLessThan(band(profile.instructions.json, jsonPrompts.length));
    }
    const [v1, v2] = [resolveProfile("sim-large"), resolveProfile("sim-large", { version: 2 })];
    const passing = (profile: typeof v1) => new Set(jsonPrompts.filter((content) => isJson(simulatedText(ask(content, { temperature: 0 }, "sim-large"), profile))));
    const [before, after] = [passing(v1), passing(v2)];
    expect(after.size).toBeLessThan(before.size - 100);
    // Same draws, lower rate: what the new version gets right, the old one did too.
    for (const content of after) expect(before.has(content)).toBe(true);
  });

  it("keeps to word limits and answers labels alone when it follows", () => {
    const profile = { ...defaultProfiles["sim-fast"]!, instructions: { ...defaultProfiles["sim-fast"]!.instructions, maxWords: 1, labels: 1 } };
    const short = simulatedText(ask("Summarise in under 15 words: The team shipped the new dashboard. Users like the faster charts. Support tickets fell by a third."), profile);
    expect(wordCount(short)).toBeLessThanOrEqual(14);
    expect(short).toContain("The team shipped the new dashboard.");
    expect(simulatedText(ask("Answer with one of: positive, negative, neutral.\n\nReview: I love it, great work!"), profile)).toMatch(/^(positive|negative|neutral)$/);
    const never = { ...profile, instructions: { ...profile.instructions, maxWords: 0 } };
    expect(wordCount(simulatedText(ask("Describe Lisbon in at most 10 words."), never))).toBeGreaterThan(10);
  });

  it("answers keyed JSON with the labels listed, and solves tasks at its rate", () => {
    const perfect = resolveProfile("sim-large", { instructions: { json: 1, jsonKeys: 1 }, tasks: { classification: 1, extraction: 1, arithmetic: 1 } });
    const ticket = 'Triage the ticket. Return JSON with keys "category" (one of: billing, bug, account), "order_id" and "summary".\n\nTicket: I was charged twice for order ORD-4821, please refund.';
    expect(JSON.parse(simulatedText(ask(ticket), perfect))).toMatchObject({ category: "billing", order_id: "ORD-4821", summary: expect.stringContaining("(simulated)") });
    expect(simulatedText(ask("What is 17 * 23 + 4?"), perfect)).toBe("(Simulated answer) 17 * 23 + 4 = 395.");
    const hopeless = resolveProfile("sim-fast", { tasks: { arithmetic: 0 } });
    expect(simulatedText(ask("What is 17 * 23 + 4?"), hopeless)).not.toContain("= 395.");
  });

  it("never names its model, even when the prompt does", () => {
    for (const model of ["sim-fast", "sim-balanced", "sim-large"]) {
      const text = simulatedText(ask("Are you sim-fast, sim-balanced or sim-large? Describe SIM-LARGE.", { temperature: 0 }, model), defaultProfiles[model]!);
      expect(text.toLowerCase()).not.toMatch(/sim-(fast|balanced|large)/);
    }
  });
});
