import { describe, expect, it } from "vitest";
import { seededRandom } from "../../stats/random";
import { caseSeed, perturbCase } from "./perturb-case";
import { INJECTED_INSTRUCTION, noiseKinds, perturbations } from "./perturbations";

const TEXT = "What is the capital of France? Please answer in one short sentence, politely.";
const run = (kind: (typeof noiseKinds)[number], seed: number, text = TEXT) => perturbations[kind](text, seededRandom(seed));

describe("perturbations", () => {
  it.each(noiseKinds)("%s: the same seed gives the same text, and the text changes", (kind) => {
    expect(run(kind, 7)).toBe(run(kind, 7));
    expect(run(kind, 7)).not.toBe(TEXT);
  });

  it.each(noiseKinds.filter((kind) => kind !== "injection"))("%s: another seed gives other noise", (kind) => {
    const outputs = new Set([1, 2, 3, 4, 5].map((seed) => run(kind, seed)));
    expect(outputs.size).toBeGreaterThan(1);
  });

  it("typos change a few letters and keep the length within the slips made", () => {
    const noisy = run("typos", 3);
    // 64 letters → 2 slips, each changes the length by at most one.
    expect(Math.abs(noisy.length - TEXT.length)).toBeLessThanOrEqual(2);
  });

  it("casing and whitespace change only case and spacing", () => {
    expect(run("casing", 11).toLowerCase()).toBe(TEXT.toLowerCase());
    expect(run("whitespace", 11).replace(/\s+/g, " ").trim()).toBe(TEXT);
  });

  it("junk only inserts whole tokens between the words", () => {
    const words = run("junk", 5).split(" ");
    expect(words.filter((word) => TEXT.split(" ").includes(word))).toEqual(TEXT.split(" "));
    expect(words.length).toBeGreaterThan(TEXT.split(" ").length);
  });

  it("truncation keeps a prefix of 50–90 %, never splitting a code point", () => {
    for (let seed = 0; seed < 20; seed++) {
      const cut = run("truncation", seed);
      expect(TEXT.startsWith(cut)).toBe(true);
      expect(cut.length).toBeGreaterThanOrEqual(Math.floor(TEXT.length * 0.5));
      expect(cut.length).toBeLessThanOrEqual(Math.floor(TEXT.length * 0.9));
      const emoji = run("truncation", seed, "🙂🙂🙂🙂🙂🙂");
      expect(emoji).toMatch(/^(🙂)+$/u);
    }
  });

  it("look-alikes read the same but compare different", () => {
    const noisy = run("lookalike", 2);
    expect(noisy).not.toBe(TEXT);
    expect(noisy.length).toBe(TEXT.length);
    expect(noisy).toMatch(/[\u0400-\u04ff]/u);
  });

  it("injection appends the instruction", () => {
    expect(run("injection", 1)).toBe(`${TEXT}\n\n${INJECTED_INSTRUCTION}`);
  });

  it("leaves text without letters or words alone where there is nothing to perturb", () => {
    expect(run("typos", 1, "12345")).toBe("12345");
    expect(run("truncation", 1, "x")).toBe("x");
  });
});

describe("perturbing a case", () => {
  const clean = { variables: { country: "France", n: 3, city: "Paris is nice" }, messages: null };

  it("perturbs every string variable, leaves other values, and repeats itself for the same seed", () => {
    const noisy = perturbCase(clean, "casing", 42, 0);
    expect(noisy).toEqual(perturbCase(clean, "casing", 42, 0));
    expect(noisy.variables.n).toBe(3);
    expect(noisy.variables.country).toBe(perturbations.casing("France", seededRandom(caseSeed(42, 0, "casing", "country"))));
    expect(perturbCase(clean, "injection", 1, 0).variables).toEqual({ country: `France\n\n${INJECTED_INSTRUCTION}`, n: 3, city: `Paris is nice\n\n${INJECTED_INSTRUCTION}` });
  });

  it("perturbs only the last user message of a logged conversation", () => {
    const messages = [
      { role: "system" as const, content: "Be brief." },
      { role: "user" as const, content: "Hello there" },
      { role: "assistant" as const, content: "Hi" },
      { role: "user" as const, content: "Name a fruit" },
    ];
    const noisy = perturbCase({ variables: {}, messages }, "injection", 9, 3);
    expect(noisy.messages).toEqual([...messages.slice(0, 3), { role: "user", content: `Name a fruit\n\n${INJECTED_INSTRUCTION}` }]);
  });

  it("gives each case, kind and field a seed of its own", () => {
    const seeds = new Set([caseSeed(1, 0, "typos", "a"), caseSeed(1, 1, "typos", "a"), caseSeed(1, 0, "casing", "a"), caseSeed(1, 0, "typos", "b"), caseSeed(2, 0, "typos", "a")]);
    expect(seeds.size).toBe(5);
    expect(caseSeed(1, 0, "typos", "a")).toBe(caseSeed(1, 0, "typos", "a"));
  });
});
