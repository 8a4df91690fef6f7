// The built-in offline provider. Text is deterministic (the same request gives the same answer);
// latency, length and failures follow a per-model profile that a provider's settings can change,
// so an offline demo still shows real differences between "models".
import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { seededRandom } from "../../stats/random";
import { ProviderError } from "../errors";
import { countMessageTokens, countTextTokens } from "../tokens";
import type { AdapterChunk, CompletionRequest, ProviderAdapter, ProviderConnection, RemoteModel } from "../types";

export const simulatedProfileSchema = z.object({
  ttftMs: z.number().min(0).max(60_000),
  tokensPerSecond: z.number().positive().max(100_000),
  minTokens: z.number().int().min(1).max(10_000),
  maxTokens: z.number().int().min(1).max(10_000),
  /** Share of calls that fail with a 503 before the first token (retryable). */
  errorRate: z.number().min(0).max(1),
  /** Share of calls whose stream is cut half-way (the partial text is kept). */
  cutRate: z.number().min(0).max(1),
});
export type SimulatedProfile = z.infer<typeof simulatedProfileSchema>;

export const defaultProfiles: Record<string, SimulatedProfile> = {
  "sim-fast": { ttftMs: 120, tokensPerSecond: 160, minTokens: 40, maxTokens: 110, errorRate: 0, cutRate: 0 },
  "sim-balanced": { ttftMs: 350, tokensPerSecond: 70, minTokens: 80, maxTokens: 220, errorRate: 0, cutRate: 0 },
  "sim-large": { ttftMs: 800, tokensPerSecond: 35, minTokens: 150, maxTokens: 380, errorRate: 0, cutRate: 0 },
};

/** Provider.settings.simulated: a speed multiplier and per-model overrides. */
export const simulatedSettingsSchema = z
  .object({
    speed: z.number().positive().max(1000).default(1),
    profiles: z.record(z.string(), simulatedProfileSchema.partial()).default({}),
  })
  .default({ speed: 1, profiles: {} });

export function simulatedAdapter(connection: ProviderConnection): ProviderAdapter {
  const settings = simulatedSettingsSchema.parse(connection.settings.simulated);

  const profileFor = (model: string): SimulatedProfile => {
    const base = defaultProfiles[model] ?? defaultProfiles["sim-balanced"]!;
    return { ...base, ...settings.profiles[model] };
  };

  return {
    kind: "simulated",
    async *streamAttempt(request: CompletionRequest, signal: AbortSignal): AsyncIterable<AdapterChunk> {
      const profile = profileFor(request.model);
      const jitter = () => 0.8 + Math.random() * 0.4;
      await sleep((profile.ttftMs * jitter()) / settings.speed, undefined, { signal });
      if (Math.random() < profile.errorRate) throw new ProviderError("server", "Simulated server error (503)", 503);

      const limit = request.params.maxTokens ?? Number.POSITIVE_INFINITY;
      const words = simulatedAnswer(request, profile);
      const shown = words.slice(0, Math.min(words.length, limit));
      const cutAt = Math.random() < profile.cutRate ? Math.max(1, Math.floor(shown.length / 2)) : null;
      const started = performance.now();
      const msPerToken = 1000 / (profile.tokensPerSecond * settings.speed);
      let text = "";
      for (let index = 0; index < shown.length; ) {
        // Emit every word that is due by now, then sleep until the next one: keeps the rate
        // right even when it is faster than the timer's resolution.
        const due = Math.min(shown.length, Math.max(index + 1, Math.floor((performance.now() - started) / msPerToken) + 1));
        const chunk = shown.slice(index, due).join("");
        index = due;
        text += chunk;
        yield { type: "delta", text: chunk };
        if (cutAt !== null && index >= cutAt) throw new ProviderError("network", "Simulated stream cut mid-way");
        if (index < shown.length) await sleep(Math.max(0, started + index * msPerToken - performance.now()), undefined, { signal });
      }
      yield { type: "usage", inputTokens: countMessageTokens(request.messages), outputTokens: countTextTokens(text) };
      yield { type: "finish", reason: shown.length < words.length ? "length" : "stop" };
    },
    async listModels(): Promise<RemoteModel[]> {
      return Object.keys(defaultProfiles).map((id) => ({ id, displayName: `${id} (simulated)` }));
    },
  };
}

const VOCABULARY = (
  "the model answer latency token cost evidence variant prompt compare measure result quality user " +
  "system request response stream first total budget baseline review vote rating percentile test case " +
  "dataset replay load throughput error retry timeout provider context window price output input " +
  "careful clear short long fast slow useful honest simple robust likely often usually however because " +
  "therefore while which when where this that these those each every several many few some more less"
).split(" ");

/** Deterministic words (each with its trailing space or newline) for a request. */
export function simulatedAnswer(request: CompletionRequest, profile: SimulatedProfile): string[] {
  const digest = createHash("sha256")
    .update(JSON.stringify([request.model, request.messages, request.params.temperature ?? null, request.params.topP ?? null, request.params.seed ?? null]))
    .digest();
  const random = seededRandom(digest.readUInt32LE(0));
  const target = profile.minTokens + Math.floor(random() * (profile.maxTokens - profile.minTokens + 1));
  const question = [...request.messages].reverse().find((message) => message.role === "user")?.content.replace(/\s+/g, " ").trim() ?? "";
  // No model name in the text: blind comparisons and reviews must not be able to read it.
  const opening = `(Simulated answer) On "${question.length > 60 ? `${question.slice(0, 57)}…` : question}": `;
  const words = opening.split(/(?<= )/);
  let sentence = 0;
  while (words.length < target) {
    const length = 6 + Math.floor(random() * 10);
    for (let i = 0; i < length && words.length < target; i++) {
      const word = VOCABULARY[Math.floor(random() * VOCABULARY.length)]!;
      words.push(`${i === 0 ? word[0]!.toUpperCase() + word.slice(1) : word}${i === length - 1 ? "." : ""} `);
    }
    sentence += 1;
    if (sentence % 3 === 0) words[words.length - 1] = `${words[words.length - 1]!.trimEnd()}\n\n`;
  }
  words[words.length - 1] = words[words.length - 1]!.trimEnd();
  return words;
}
