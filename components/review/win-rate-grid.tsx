import { rateColor, winRateGrid, type PairLike } from "./prepare-win-grid";

/** Rows against columns: how often the row variant won (ties half), with the votes behind it. */
export function WinRateGrid({ variants, pairs }: { variants: Array<{ id: string; name: string }>; pairs: Array<PairLike & { bothBad: number }> }) {
  const grid = winRateGrid(
    variants.map((variant) => variant.id),
    pairs,
  );
  const bothBad = pairs.reduce((sum, pair) => sum + pair.bothBad, 0);
  return (
    <section>
      <h2 className="mb-2 text-sm font-semibold">Head to head: how often the row beat the column</h2>
      <div className="overflow-x-auto">
        <table className="rounded-lg bg-card text-sm ring-1 ring-border" data-testid="win-matrix">
          <thead className="text-xs text-muted-foreground">
            <tr>
              <th className="px-3 py-2" />
              {variants.map((variant) => (
                <th key={variant.id} className="px-3 py-2 font-medium">
                  {variant.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {variants.map((variant, row) => (
              <tr key={variant.id} className="border-t border-border">
                <th className="px-3 py-2 text-left font-medium">{variant.name}</th>
                {grid[row]!.map((cell, column) => (
                  <td key={variants[column]!.id} className="px-3 py-2 text-center tabular-nums" style={{ background: rateColor(cell?.rate ?? null) }} data-testid="win-cell">
                    {cell === null ? "—" : cell.rate === null ? <span className="text-muted-foreground/70">no votes</span> : `${Math.round(cell.rate * 100)}%`}
                    {cell && cell.n > 0 && <span className="block text-[10px] text-muted-foreground">n={cell.n}</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {bothBad > 0 && <p className="mt-1 text-xs text-muted-foreground">{bothBad} “both bad” votes are not in the rates.</p>}
    </section>
  );
}
