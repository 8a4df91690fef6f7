// What a simulated model is: its ground truth. Every rate here is a probability the tests and the
// README rely on (tests/integration/simulated-ground-truth.test.ts), so a change here is a change
// of documented behaviour. A provider's settings can override any field per model, or switch a
// model to another version — version 2 is each model's "degraded" release, the silent model change
// a watch should catch.
import { z } from "zod";

const rate = z.number().min(0).max(1);

/** Shares of prompts, among those that ask for it, where the instruction is followed. */
export const instructionRatesSchema = z.object({
  /** Answers with valid JSON when asked for JSON. */
  json: rate,
  /** Answers with valid JSON using exactly the named keys (never above `json`). */
  jsonKeys: rate,
  /** Stays within "under N words" / "at most N words". */
  maxWords: rate,
  /** Answers with one of the listed labels, alone. */
  labels: rate,
  /** Answers in the language asked for (French, Spanish, German, Italian, Portuguese). */
  language: rate,
  /** Starts with the quoted phrase asked for. */
  startsWith: rate,
});

/** Shares of small verifiable tasks solved correctly. */
export const taskRatesSchema = z.object({
  /** Arithmetic written in the prompt ("What is 17 * 23?"). */
  arithmetic: rate,
  /** Extracting a value that appears in the prompt (an order number, an amount, an e-mail). */
  extraction: rate,
  /** Picking the right label from a listed set. */
  classification: rate,
});

export const simulatedProfileSchema = z.object({
  /** Which release of the model these rates belong to (see `profileVersions`). */
  version: z.number().int().min(1).max(1000),
  /** Median time to first token; each call draws from a lognormal around it. */
  ttftMs: z.number().min(0).max(60_000),
  /** σ of ln(TTFT): 0 is no jitter, 0.5 a long tail. */
  ttftSpread: z.number().min(0).max(3),
  /** Median output speed; each call draws from a lognormal around it. */
  tokensPerSecond: z.number().positive().max(100_000),
  tokensPerSecondSpread: z.number().min(0).max(3),
  /** Verbosity: words of a free-text answer, drawn uniformly in [minTokens, maxTokens]. */
  minTokens: z.number().int().min(1).max(10_000),
  maxTokens: z.number().int().min(1).max(10_000),
  /** Share of attempts answered with 429 before the first token (retryable). */
  rateLimitRate: rate,
  /** Share of attempts that fail with a 500/503 before the first token (retryable). */
  errorRate: rate,
  /** Share of attempts that time out before the first token (retryable). */
  timeoutRate: rate,
  /** Share of calls whose stream is cut half-way (the partial text is kept, not retried). */
  cutRate: rate,
  instructions: instructionRatesSchema,
  tasks: taskRatesSchema,
});
export type SimulatedProfile = z.infer<typeof simulatedProfileSchema>;

/** What settings may say about one model: any field, nested rates included, or a named preset. */
export const profileOverrideSchema = simulatedProfileSchema
  .extend({ instructions: instructionRatesSchema.partial(), tasks: taskRatesSchema.partial(), preset: z.enum(["degraded"]) })
  .partial()
  .strict();
export type ProfileOverride = z.infer<typeof profileOverrideSchema>;

const FAILURES = { rateLimitRate: 0.02, errorRate: 0.01, timeoutRate: 0.002, cutRate: 0 };

const v1: Record<string, SimulatedProfile> = {
  "sim-fast": {
    version: 1,
    ...{ ttftMs: 120, ttftSpread: 0.3, tokensPerSecond: 160, tokensPerSecondSpread: 0.15, minTokens: 40, maxTokens: 110 },
    ...FAILURES,
    instructions: { json: 0.8, jsonKeys: 0.65, maxWords: 0.7, labels: 0.85, language: 0.75, startsWith: 0.7 },
    tasks: { arithmetic: 0.6, extraction: 0.8, classification: 0.7 },
  },
  "sim-balanced": {
    version: 1,
    ...{ ttftMs: 350, ttftSpread: 0.35, tokensPerSecond: 70, tokensPerSecondSpread: 0.15, minTokens: 80, maxTokens: 220 },
    ...FAILURES,
    instructions: { json: 0.9, jsonKeys: 0.8, maxWords: 0.85, labels: 0.92, language: 0.9, startsWith: 0.85 },
    tasks: { arithmetic: 0.85, extraction: 0.9, classification: 0.82 },
  },
  "sim-large": {
    version: 1,
    ...{ ttftMs: 800, ttftSpread: 0.4, tokensPerSecond: 35, tokensPerSecondSpread: 0.2, minTokens: 150, maxTokens: 380 },
    ...FAILURES,
    instructions: { json: 0.97, jsonKeys: 0.93, maxWords: 0.95, labels: 0.98, language: 0.97, startsWith: 0.95 },
    tasks: { arithmetic: 0.97, extraction: 0.97, classification: 0.92 },
  },
};

/** Version 2, "degraded": the same model after a silent change — worse at following
 * instructions, wordier, and some streams are cut. Same speed, so only quality checks see it. */
function degraded(profile: SimulatedProfile): SimulatedProfile {
  const scale = (rates: Record<string, number>, factor: number) => Object.fromEntries(Object.entries(rates).map(([key, value]) => [key, round(value * factor)]));
  return {
    ...profile,
    version: 2,
    minTokens: Math.round(profile.minTokens * 1.5),
    maxTokens: Math.round(profile.maxTokens * 1.5),
    cutRate: 0.02,
    instructions: scale(profile.instructions, 0.6) as SimulatedProfile["instructions"],
    tasks: scale(profile.tasks, 0.8) as SimulatedProfile["tasks"],
  };
}
const round = (value: number) => Math.round(value * 1000) / 1000;

/** Every built-in model's releases, by version number. */
export const profileVersions: Record<string, Record<number, SimulatedProfile>> = Object.fromEntries(
  Object.entries(v1).map(([model, profile]) => [model, { 1: profile, 2: degraded(profile) }]),
);

/** The current (version 1) profile of each built-in model. */
export const defaultProfiles: Record<string, SimulatedProfile> = v1;
export const simulatedModelIds = Object.keys(v1);
const FALLBACK_MODEL = "sim-balanced";

/** A model's profile under a provider's override: version or preset first, then any field. */
export function resolveProfile(model: string, override: ProfileOverride = {}): SimulatedProfile {
  const versions = profileVersions[model] ?? profileVersions[FALLBACK_MODEL]!;
  const wanted = override.preset === "degraded" ? 2 : (override.version ?? 1);
  const base = versions[wanted] ?? versions[1]!;
  const { preset: _preset, instructions, tasks, ...fields } = override;
  const profile = { ...base, ...fields, version: wanted, instructions: { ...base.instructions, ...instructions }, tasks: { ...base.tasks, ...tasks } };
  // Keyed JSON is a kind of valid JSON: the two are drawn together (answer.ts).
  profile.instructions.jsonKeys = Math.min(profile.instructions.jsonKeys, profile.instructions.json);
  return profile;
}
