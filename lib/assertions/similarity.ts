// How alike two answers are, word by word. Pure; used by the similar-to-baseline assertion, the
// baseline summary and the diff view, so the three always agree.
import { diffArrays, diffWords, type Change } from "diff";

export type WordChange = Pick<Change, "value" | "added" | "removed">;

export function wordDiff(before: string, after: string): WordChange[] {
  return diffWords(before, after).map(({ value, added, removed }) => ({ value, added, removed }));
}

const words = (value: string) => value.split(/\s+/).filter(Boolean);

/** 2 × common words ÷ all words of both (1 = same words in the same order, 0 = nothing shared),
 * the ratio difflib's SequenceMatcher reports, over whitespace-separated words (punctuation stays
 * part of its word). Two empty answers are the same. */
export function similarityRatio(before: string, after: string): number {
  const [a, b] = [words(before), words(after)];
  if (a.length + b.length === 0) return 1;
  const common = diffArrays(a, b)
    .filter((change) => !change.added && !change.removed)
    .reduce((sum, change) => sum + change.count, 0);
  return (2 * common) / (a.length + b.length);
}
