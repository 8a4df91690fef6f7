// The win-rate matrix as a grid (STYLE rule 9): row variant's win rate against the column
// variant, ties as half a win, with the number of decided votes. Pure and unit-tested.
export interface PairLike {
  a: string;
  b: string;
  aWins: number;
  bWins: number;
  ties: number;
}

export interface GridCell {
  rate: number | null;
  n: number;
}

/** rows[i][j]: how variant i fared against variant j (null on the diagonal). */
export function winRateGrid(order: string[], pairs: PairLike[]): Array<Array<GridCell | null>> {
  return order.map((row) =>
    order.map((column) => {
      if (row === column) return null;
      const pair = pairs.find((candidate) => (candidate.a === row && candidate.b === column) || (candidate.a === column && candidate.b === row));
      if (!pair) return { rate: null, n: 0 };
      const n = pair.aWins + pair.bWins + pair.ties;
      const wins = pair.a === row ? pair.aWins : pair.bWins;
      return { rate: n > 0 ? (wins + pair.ties / 2) / n : null, n };
    }),
  );
}

/** Background for a rate: red below one half, green above, stronger the further from even. */
export function rateColor(rate: number | null): string {
  if (rate === null) return "transparent";
  const strength = Math.min(1, Math.abs(rate - 0.5) * 2);
  return rate >= 0.5 ? `rgba(22, 163, 74, ${0.1 + 0.5 * strength})` : `rgba(220, 38, 38, ${0.1 + 0.5 * strength})`;
}
