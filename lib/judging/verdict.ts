// The judge's prompt for one pair in one order, the tolerant reading of its reply, and how the
// two orders combine into the verdict that counts. Pure: the executor owns the calls.
import type { VoteChoice } from "../db/generated/enums";
import type { ChatMessage } from "../providers/types";

export type Winner = "first" | "second" | "tie" | "both_bad";

/** Which answer was shown as "Answer 1". */
export type Order = "aFirst" | "bFirst";

const INSTRUCTIONS = [
  "You compare two answers of AI assistants to the same question against a rubric.",
  "The order in which the answers are shown means nothing: judge only what they say.",
  'Reply with only a JSON object: {"winner": "first" | "second" | "tie" | "both_bad", "reason": "<one sentence>"}.',
  '"first": Answer 1 is better; "second": Answer 2 is better; "tie": equally good; "both_bad": neither meets the rubric.',
].join(" ");

export function pairPrompt(rubric: string, question: string, first: string, second: string): ChatMessage[] {
  return [
    { role: "system", content: INSTRUCTIONS },
    { role: "user", content: [`Rubric:\n${rubric}`, `Question:\n${question}`, `Answer 1:\n${first}`, `Answer 2:\n${second}`].join("\n\n") },
  ];
}

// Judges word the winner in many ways; anything else is unreadable rather than guessed at.
const SPELLINGS: Record<string, Winner> = {
  first: "first",
  "1": "first",
  "answer 1": "first",
  answer1: "first",
  second: "second",
  "2": "second",
  "answer 2": "second",
  answer2: "second",
  tie: "tie",
  both_bad: "both_bad",
  "both bad": "both_bad",
  neither: "both_bad",
};

/** The first {...} in the reply with a winner we can read; null when there is none. */
export function parsePairVerdict(text: string): { winner: Winner; reason: string } | null {
  const match = /\{[\s\S]*\}/.exec(text);
  if (!match) return null;
  try {
    const value = JSON.parse(match[0]) as { winner?: unknown; reason?: unknown };
    const spelled = String(value.winner ?? "").trim().toLowerCase().replace(/[-\s]+/g, " ");
    const winner = SPELLINGS[spelled] ?? SPELLINGS[spelled.replace(/ /g, "_")];
    if (!winner) return null;
    return { winner, reason: typeof value.reason === "string" ? value.reason : "" };
  } catch {
    return null;
  }
}

/** A winner in one order, as a choice between A and B (the pair's canonical order). */
export function toChoice(winner: Winner, order: Order): VoteChoice {
  if (winner === "tie" || winner === "both_bad") return winner;
  const firstIsA = order === "aFirst";
  return (winner === "first") === firstIsA ? "a" : "b";
}

export interface Combined {
  choice: VoteChoice | null;
  consistent: boolean | null;
}

/** Both orders agree: that choice. They disagree: the verdict flipped with the order, so it
 * counts as a tie and is marked inconsistent. Either is missing: no verdict. */
export function combine(aFirst: VoteChoice | null, bFirst: VoteChoice | null): Combined {
  if (aFirst === null || bFirst === null) return { choice: null, consistent: null };
  return aFirst === bFirst ? { choice: aFirst, consistent: true } : { choice: "tie", consistent: false };
}
