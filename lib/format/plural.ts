// Shared by server and browser code, so it imports nothing.

/** "1 turn", "2 turns": English plurals for the nouns the UI counts (all take an "s"). */
export const plural = (count: number, noun: string) => `${count.toLocaleString("en-US")} ${noun}${count === 1 ? "" : "s"}`;
