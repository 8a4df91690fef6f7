// Shared by server and browser code, so it imports nothing.

/** "A", "B", … — a column's name in blind mode, and a handy short name otherwise. */
export const columnLabel = (position: number) => String.fromCharCode(65 + position);
