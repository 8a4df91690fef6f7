// What changed between two prompt versions: message by message (a role change, an added or a
// removed message) and, inside a changed message, word by word, so a one-word edit in a long
// system message is visible at a glance. Pure; the prompt page renders it.
import { diffWords } from "diff";
import type { ChatMessage } from "../providers/types";
import { extractVariables } from "./template";

export interface TextPart {
  text: string;
  change: "same" | "added" | "removed";
}

export interface MessageDiff {
  status: "same" | "changed" | "added" | "removed";
  /** The role in the newer version (the older one's for a removed message). */
  role: ChatMessage["role"];
  /** Set when the role itself changed. */
  roleBefore?: ChatMessage["role"];
  parts: TextPart[];
}

export interface VersionDiff {
  messages: MessageDiff[];
  variablesAdded: string[];
  variablesRemoved: string[];
}

function textParts(before: string, after: string): TextPart[] {
  return diffWords(before, after).map((change) => ({ text: change.value, change: change.added ? "added" : change.removed ? "removed" : "same" }));
}

/** Messages are paired by position: templates are short lists edited in place. */
export function diffVersions(before: ChatMessage[], after: ChatMessage[]): VersionDiff {
  const messages: MessageDiff[] = [];
  for (let index = 0; index < Math.max(before.length, after.length); index++) {
    const old = before[index];
    const next = after[index];
    if (!old) messages.push({ status: "added", role: next!.role, parts: [{ text: next!.content, change: "added" }] });
    else if (!next) messages.push({ status: "removed", role: old.role, parts: [{ text: old.content, change: "removed" }] });
    else if (old.role === next.role && old.content === next.content) messages.push({ status: "same", role: next.role, parts: [{ text: next.content, change: "same" }] });
    else messages.push({ status: "changed", role: next.role, ...(old.role !== next.role && { roleBefore: old.role }), parts: textParts(old.content, next.content) });
  }
  const oldVariables = extractVariables(before);
  const newVariables = extractVariables(after);
  return {
    messages,
    variablesAdded: newVariables.filter((name) => !oldVariables.includes(name)),
    variablesRemoved: oldVariables.filter((name) => !newVariables.includes(name)),
  };
}
