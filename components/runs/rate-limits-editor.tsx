"use client";

export type RateLimitDrafts = Record<string, { maxConcurrency: string; requestsPerMinute: string }>;

export function toRateLimits(drafts: RateLimitDrafts): Record<string, { maxConcurrency?: number; requestsPerMinute?: number }> {
  const limits: Record<string, { maxConcurrency?: number; requestsPerMinute?: number }> = {};
  for (const [providerId, draft] of Object.entries(drafts)) {
    const limit = { ...(draft.maxConcurrency && { maxConcurrency: Number(draft.maxConcurrency) }), ...(draft.requestsPerMinute && { requestsPerMinute: Number(draft.requestsPerMinute) }) };
    if (Object.keys(limit).length > 0) limits[providerId] = limit;
  }
  return limits;
}

const input = "w-28 rounded-md border border-input bg-card px-2 py-1.5 text-sm text-foreground shadow-xs outline-none focus-visible:border-ring focus-visible:ring-2 focus-visible:ring-ring/30";

/** Optional caps per provider of the chosen variants, so a run stays inside a provider's limits. */
export function RateLimitsEditor({ providers, drafts, onChange }: { providers: Array<{ id: string; name: string }>; drafts: RateLimitDrafts; onChange: (drafts: RateLimitDrafts) => void }) {
  if (providers.length === 0) return null;
  const update = (id: string, field: "maxConcurrency" | "requestsPerMinute", value: string) =>
    onChange({ ...drafts, [id]: { maxConcurrency: "", requestsPerMinute: "", ...drafts[id], [field]: value } });
  return (
    <fieldset className="space-y-2" aria-label="Provider limits">
      <legend className="text-sm font-medium text-foreground/80">Provider limits (optional)</legend>
      {providers.map((provider) => (
        <div key={provider.id} className="flex flex-wrap items-center gap-3 text-sm">
          <span className="w-40 truncate">{provider.name}</span>
          <input aria-label={`${provider.name} max concurrency`} type="number" min={1} placeholder="max at once" className={input} value={drafts[provider.id]?.maxConcurrency ?? ""} onChange={(event) => update(provider.id, "maxConcurrency", event.target.value)} />
          <input aria-label={`${provider.name} requests per minute`} type="number" min={1} placeholder="per minute" className={input} value={drafts[provider.id]?.requestsPerMinute ?? ""} onChange={(event) => update(provider.id, "requestsPerMinute", event.target.value)} />
        </div>
      ))}
    </fieldset>
  );
}
