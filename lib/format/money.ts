// Money, written one way for the pages, the CLI and the exports (its only home: lib/format/figures.ts
// has the other figures), so every cost reads the same, and a cost of $0 for tokens that were used
// says why — the model had no price when it answered — instead of passing for free. Pure.

/** USD from a number or the decimal string of a view: "$0", "$0.00231" below a cent (five
 * places, so a single call's price still shows), "$0.1049" from a cent up. */
export function formatUsd(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  const usd = Number(value);
  if (usd === 0) return "$0";
  return Math.abs(usd) < 0.01 ? `$${usd.toFixed(5)}` : `$${usd.toFixed(4)}`;
}

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
