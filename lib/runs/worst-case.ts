// What each item of a run may cost at most: the reservation its call holds on the budget while it
// is in flight (budget.ts). The tokenizer counts each rendered request once per case and variant;
// repetitions of a case, which run one after another, reuse the count.
import type { ClaimedItem } from "./execute-item";
import { outputHistory } from "./output-history";
import { callCost } from "./plan";
import type { RunContext } from "./run-context";

/** Bounds the memory of a 100k-case run; items come in case order, so recent entries are the useful ones. */
const CACHE_ENTRIES = 1_000;

export async function worstCaseOfItems(context: RunContext): Promise<(item: ClaimedItem) => number> {
  const history = await outputHistory([...context.variants.keys()]);
  const cache = new Map<string, number>();
  return (item) => {
    const key = `${item.testCaseId}:${item.variantId}`;
    let usd = cache.get(key);
    if (usd === undefined) {
      const variant = context.variants.get(item.variantId)!;
      try {
        usd = Number(callCost(variant, context.conversationFor(item.testCaseId), history.get(item.variantId)).worstCaseUsd);
      } catch {
        usd = 0; // the case cannot be rendered: the item is saved as an error without a call
      }
      if (cache.size >= CACHE_ENTRIES) cache.clear();
      cache.set(key, usd);
    }
    return usd;
  };
}
