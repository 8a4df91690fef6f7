// The run page keeps every item of the run; while it is live it asks only for the items changed
// since its cursor (lib/runs/item-changes.ts) and folds them in here. Pure and unit-tested.

/** The known items with each changed one replaced in place (the matrix relies on the planned
 * order); an item it did not know yet goes at the end. Unchanged input when nothing changed. */
export function mergeChanges<T extends { id: string }>(known: T[], changed: T[]): T[] {
  if (changed.length === 0) return known;
  const fresh = new Map(changed.map((item) => [item.id, item]));
  const merged = known.map((item) => {
    const next = fresh.get(item.id);
    if (!next) return item;
    fresh.delete(item.id);
    return next;
  });
  return [...merged, ...fresh.values()];
}
