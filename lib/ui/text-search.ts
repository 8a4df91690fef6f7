// Shared by the list pages that hold their whole list in the browser (prompts, datasets): a search
// box narrows the rows without another request. Pure, so it imports nothing.

/** True when every word of `query` appears, ignoring case, in at least one of `fields`; an empty
 * query matches everything. "triage v2" finds a row whose name has "triage" and whose version
 * reads "v2", so words may come from different fields. */
export function matchesSearch(query: string, fields: ReadonlyArray<string | null | undefined>): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fields.filter(Boolean).join("\n").toLowerCase();
  return words.every((word) => haystack.includes(word));
}
