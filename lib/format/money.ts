// Money in the UI: one formatter, so every cost reads the same, and a cost of $0 for tokens that
// were used says why — the model had no price when it answered — instead of passing for free.

import { formatUsd } from "./figures";

export { formatUsd };

export const NO_PRICE = "$0 — no price set";

/** The cost of answers that used `tokens` (input plus output). Tokens cost $0 only at a price of
 * $0, which is the price a model has until someone sets one. */
export function formatCost(value: string | number | null | undefined, tokens: number | null | undefined): string {
  if (value !== null && value !== undefined && Number(value) === 0 && (tokens ?? 0) > 0) return NO_PRICE;
  return formatUsd(value);
}

/** A model whose input and output prices are both 0 has none set (prices default to 0). */
export const hasNoPrice = (model: { inputPricePerMTok: string | number; outputPricePerMTok: string | number }) =>
  Number(model.inputPricePerMTok) === 0 && Number(model.outputPricePerMTok) === 0;
