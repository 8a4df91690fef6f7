// The parts of a completion's tokens that are priced apart (cache reads, cache writes,
// reasoning), in words: one way for the compare columns, the run item dialog, the session page
// and the exports to say them.

export interface TokenDetails {
  cachedInputTokens: number | null;
  cacheWriteInputTokens: number | null;
  reasoningTokens: number | null;
}

/** "400 cached · 100 cache write · 4 reasoning"; "" when the provider reported none of them.
 * A reported 0 is left out too: it changes nothing in the price. */
export function formatTokenDetails(details: TokenDetails): string {
  return [
    details.cachedInputTokens ? `${details.cachedInputTokens} cached` : null,
    details.cacheWriteInputTokens ? `${details.cacheWriteInputTokens} cache write` : null,
    details.reasoningTokens ? `${details.reasoningTokens} reasoning` : null,
  ]
    .filter((part) => part !== null)
    .join(" · ");
}
