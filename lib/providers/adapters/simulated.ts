// The built-in offline provider: small, deterministic stand-ins for real models. What they answer
// is decided in lib/providers/simulated/ (instructions followed and tasks solved at each profile's
// documented rates); this adapter streams it with the profile's latency, speed and failures, which
// a provider's settings can change per model (settings.simulated.profiles), including the model's
// version — version 2 / preset "degraded" is the silent model change a watch should catch.
import { setTimeout as sleep } from "node:timers/promises";
import { ProviderError } from "../errors";
import { isStochastic, simulatedText } from "../simulated/answer";
import { defaultProfiles, resolveProfile, simulatedModelIds, type SimulatedProfile } from "../simulated/profiles";
import { simulatedSettingsSchema } from "../simulated/settings-schema";
import { countMessageTokens, countTextTokens } from "../tokens";
import type { AdapterChunk, CompletionRequest, ProviderAdapter, ProviderConnection, RemoteModel } from "../types";

export { defaultProfiles, type SimulatedProfile };

export { simulatedSettingsSchema };

/** A lognormal draw around a median: most calls near it, a few much slower (the tail). */
function lognormal(median: number, spread: number, random = Math.random): number {
  const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return median * Math.exp(spread * z);
}

/** The answer a request gets, cut at the first stop sequence. */
export function simulatedAnswer(request: CompletionRequest, profile: SimulatedProfile, salt: number | null = null): string {
  const text = simulatedText(request, profile, salt);
  const stops = (request.params.stop ?? []).map((stop) => text.indexOf(stop)).filter((index) => index >= 0);
  return stops.length > 0 ? text.slice(0, Math.min(...stops)) : text;
}

export function simulatedAdapter(connection: ProviderConnection): ProviderAdapter {
  const settings = simulatedSettingsSchema.parse(connection.settings.simulated);

  return {
    kind: "simulated",
    async *streamAttempt(request: CompletionRequest, signal: AbortSignal): AsyncIterable<AdapterChunk> {
      const profile = resolveProfile(request.model, settings.profiles[request.model]);
      const ttft = lognormal(profile.ttftMs, profile.ttftSpread) / settings.speed;
      const failure = Math.random();
      if (failure < profile.rateLimitRate) {
        await sleep(ttft / 4, undefined, { signal });
        throw new ProviderError("rate_limit", "Simulated rate limit (429)", 429, Math.round(1000 / settings.speed));
      }
      if (failure < profile.rateLimitRate + profile.errorRate) {
        await sleep(ttft, undefined, { signal });
        throw new ProviderError("server", "Simulated server error (500)", 500);
      }
      if (failure < profile.rateLimitRate + profile.errorRate + profile.timeoutRate) {
        await sleep(ttft * 5, undefined, { signal });
        throw new ProviderError("timeout", "Simulated timeout: no first token in time");
      }
      await sleep(ttft, undefined, { signal });

      const answer = simulatedAnswer(request, profile, isStochastic(request) ? Math.random() : null);
      const words = answer.split(/(?<=\s)(?=\S)/);
      const limit = request.params.maxTokens ?? Number.POSITIVE_INFINITY;
      const shown = words.slice(0, Math.min(words.length, limit));
      const cutAt = Math.random() < profile.cutRate ? Math.max(1, Math.floor(shown.length / 2)) : null;
      const started = performance.now();
      const msPerToken = 1000 / (lognormal(profile.tokensPerSecond, profile.tokensPerSecondSpread) * settings.speed);
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
      // Like OpenAI's system_fingerprint: the release answering, so a version switch is visible.
      yield { type: "served", model: request.model, systemFingerprint: `sim_v${profile.version}` };
      yield { type: "finish", reason: shown.length < words.length ? "length" : "stop" };
    },
    async listModels(): Promise<RemoteModel[]> {
      return simulatedModelIds.map((id) => ({ id, displayName: `${id} (simulated)` }));
    },
  };
}
