// Shared by server and browser code, so it imports nothing.

/** What a session is called until its first prompt names it (compare renames it then). */
export const DEFAULT_TITLE = "Untitled comparison";

/** A title from free text: one line, at most `max` characters, cut at the last word that fits
 * (with "…") rather than in the middle of one. A single word longer than `max` is cut as it is. */
export function titleFrom(text: string, max = 80): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}
