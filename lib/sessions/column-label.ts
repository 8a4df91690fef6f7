// Shared by server and browser code, so it imports nothing.

/** How many columns a comparison has: at least two to compare; beyond twelve nobody reads them. */
export const MIN_COLUMNS = 2;
export const MAX_COLUMNS = 12;

/** "A", "B", … — a column's name in blind mode, and a handy short name otherwise. */
export const columnLabel = (position: number) => String.fromCharCode(65 + position);
