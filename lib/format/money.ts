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

// Sums and shares of money in the decimal strings the views carry, exact to the hundred-millionth
// of a dollar (a stored cost has 8 decimal places): adding floats would drift off the cent billed.
const PLACES = 8;
const UNIT = 10n ** BigInt(PLACES);
const AMOUNT = /^(\d+)(?:\.(\d*))?$/;

function toUnits(usd: string): bigint {
  const match = AMOUNT.exec(usd.trim());
  if (!match) throw new Error(`Not an amount of USD: "${usd}".`);
  const digits = (match[2] ?? "").padEnd(PLACES + 1, "0");
  // Half up at the ninth place: a ledger never holds more than eight.
  return BigInt(match[1]!) * UNIT + BigInt(digits.slice(0, PLACES)) + (Number(digits[PLACES]) >= 5 ? 1n : 0n);
}

const fromUnits = (units: bigint): string => `${units / UNIT}.${String(units % UNIT).padStart(PLACES, "0")}`;

/** The exact sum of USD amounts ("0.0023125" + "0.1" = "0.10231250"); of none, "0.00000000". */
export const sumUsd = (amounts: Iterable<string>): string => fromUnits([...amounts].reduce((sum, amount) => sum + toUnits(amount), 0n));

/** `total` shared over `count` (> 0), rounded half up to the hundred-millionth: "0.1" / 7 = "0.01428571". */
export const divideUsd = (total: string, count: number): string => fromUnits((toUnits(total) * 2n + BigInt(count)) / (BigInt(count) * 2n));
