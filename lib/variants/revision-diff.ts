// What changed from one revision to the next, for the history view: each changed setting with its
// old and new value, and the system prompt as a word diff (prompts are edited a word at a time).
import { diffWords } from "diff";
import type { SamplingSettings } from "./request";

export interface RevisionSettings extends SamplingSettings {
  model: { displayName: string; providerName: string };
}

export interface SettingChange {
  label: string;
  before: string;
  after: string;
}

export interface PromptPart {
  text: string;
  change: "added" | "removed" | "same";
}

export interface RevisionDiff {
  settings: SettingChange[];
  /** Null when the system prompt did not change. */
  systemPrompt: PromptPart[] | null;
}

const unset = (value: number | null, none: string) => (value === null ? none : String(value));

const shown: Array<[string, (revision: RevisionSettings) => string]> = [
  ["Model", (revision) => `${revision.model.displayName} (${revision.model.providerName})`],
  ["Temperature", (revision) => unset(revision.temperature, "default")],
  ["Top p", (revision) => unset(revision.topP, "default")],
  ["Max tokens", (revision) => unset(revision.maxTokens, "default")],
  ["Seed", (revision) => unset(revision.seed, "none")],
  ["Stop", (revision) => (revision.stop.length > 0 ? revision.stop.map((stop) => JSON.stringify(stop)).join(" ") : "none")],
];

export function revisionDiff(before: RevisionSettings, after: RevisionSettings): RevisionDiff {
  const settings = shown.flatMap(([label, show]) => (show(before) === show(after) ? [] : [{ label, before: show(before), after: show(after) }]));
  const oldPrompt = before.systemPrompt ?? "";
  const newPrompt = after.systemPrompt ?? "";
  const systemPrompt =
    oldPrompt === newPrompt ? null : diffWords(oldPrompt, newPrompt).map((part) => ({ text: part.value, change: part.added ? ("added" as const) : part.removed ? ("removed" as const) : ("same" as const) }));
  return { settings, systemPrompt };
}
