// The run matrix's rows: one per case and repetition (one per level and repetition in a load
// run), a cell per variant. Pure and unit-tested; items arrive in the run's planned order.
export interface ItemLike {
  id: string;
  caseKey: string;
  casePosition: number | null;
  caseLabel: string;
  variantId: string;
  repetition: number;
  concurrency: number | null;
}

export interface MatrixRow<T extends ItemLike> {
  key: string;
  label: string;
  detail: string;
  cells: Record<string, T>;
}

export function matrixRows<T extends ItemLike>(items: T[], repetitions: number): MatrixRow<T>[] {
  const rows = new Map<string, MatrixRow<T>>();
  for (const item of items) {
    const key = `${item.caseKey}#${item.repetition}`;
    let row = rows.get(key);
    if (!row) {
      const name = item.concurrency !== null ? `Concurrency ${item.concurrency} · request ${item.repetition + 1}` : `Case ${(item.casePosition ?? 0) + 1}${repetitions > 1 ? ` · rep ${item.repetition + 1}` : ""}`;
      row = { key, label: name, detail: item.caseLabel, cells: {} };
      rows.set(key, row);
    }
    row.cells[item.variantId] = item;
  }
  return [...rows.values()];
}
