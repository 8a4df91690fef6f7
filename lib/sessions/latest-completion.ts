// Shared by server and browser code, so it imports nothing.

/** The answer a column shows for a turn: its latest completion (a retry replaces the earlier). */
export function latestCompletion<C extends { columnId: string | null }>(turn: { completions: C[] }, columnId: string): C | undefined {
  return turn.completions.filter((completion) => completion.columnId === columnId).at(-1);
}
