// Instructions a simulated model can recognise in a prompt. Pure detectors, one per kind: each
// returns what was asked (or null), so the answer can follow it — or, at the profile's rate, not.
// They look for the way people actually write these instructions, not for every phrasing: a
// prompt they miss is answered as free text, which is what a weak model would do anyway.

export interface JsonInstruction {
  /** The keys the object must have, in the order named; empty when only "JSON" was asked for. */
  keys: string[];
  /** Labels listed for a key ("category" (one of: billing, bug)), by key. */
  keyLabels: Record<string, string[]>;
}

export type Language = "French" | "Spanish" | "German" | "Italian" | "Portuguese";
export const LANGUAGES: readonly Language[] = ["French", "Spanish", "German", "Italian", "Portuguese"];

export interface Instructions {
  json: JsonInstruction | null;
  /** The most words the answer may have. */
  maxWords: number | null;
  labels: string[] | null;
  language: Language | null;
  startsWith: string | null;
  markdown: boolean;
  /** The language of the code asked for ("" when none was named), or null when no code was. */
  code: string | null;
}

const JSON_ASK = /\b(?:as|in|with|return|returns|respond|reply|answer|output|format(?:ted)?|give|produce|only|valid)\b[^.\n]{0,40}\bJSON\b|\bJSON\s+(?:object|only|format|array)\b/i;
const KEY_LIST = /\b(?:keys?|fields?|properties)\b\s*:?\s*([^\n]*)/i;
const KEY_ITEM = /^\s*(?:,|\band\b|;)?\s*["'`]?([A-Za-z_][\w-]{0,40})["'`]?\s*(?:\(([^)]*)\))?/;

export function detectJson(prompt: string): JsonInstruction | null {
  if (!JSON_ASK.test(prompt)) return null;
  const keys: string[] = [];
  const keyLabels: Record<string, string[]> = {};
  const list = KEY_LIST.exec(prompt)?.[1];
  if (list) {
    let rest = list;
    for (let match = KEY_ITEM.exec(rest); match && match[0].trim() !== ""; match = KEY_ITEM.exec(rest)) {
      const key = match[1]!;
      if (/^(and|or|with|the|a|an|each|where|that|only)$/i.test(key)) break;
      keys.push(key);
      const labels = match[2] && /one of/i.test(match[2]) ? parseList(match[2].replace(/^.*?one of\s*:?/i, "")) : null;
      if (labels && labels.length >= 2) keyLabels[key] = labels;
      rest = rest.slice(match[0].length);
      // A key list ends where the sentence does.
      if (/^\s*(?:[.!?]\s|[.!?]?$)/.test(rest)) break;
    }
  }
  return { keys: [...new Set(keys)], keyLabels };
}

const MAX_WORDS = /\b(under|at most|no more than|fewer than|less than|maximum of|max(?:imum)?|within|up to)\s+(\d{1,4})\s+words\b/i;

export function detectMaxWords(prompt: string): number | null {
  const match = MAX_WORDS.exec(prompt);
  if (!match) return null;
  const limit = Number(match[2]);
  // "under 20 words" means 19 at most; "at most 20 words" means 20.
  const strict = /^(under|fewer than|less than)$/i.test(match[1]!);
  return Math.max(1, strict ? limit - 1 : limit);
}

const LABEL_ASK = /\b(?:(?:answer|reply|respond) with (?:exactly |only )?one of(?: the (?:labels|categories|options))?|one of (?:these|the following|the labels|the categories)(?: labels| categories| options)?|(?:choose|pick) (?:one )?from|classify (?:it|this|the \w+) (?:as|into)(?: one of)?|labels?|categories)\s*:\s*([^\n]+)|\b(?:answer|reply|respond) with (?:exactly |only )?one of\s+([^\n]+)/i;

export function detectLabels(prompt: string): string[] | null {
  const match = LABEL_ASK.exec(prompt);
  const list = match?.[1] ?? match?.[2];
  if (!list) return null;
  const labels = parseList(list.split(/(?<=[a-z"'`])\.(?:\s|$)/i)[0]!);
  return labels.length >= 2 ? labels : null;
}

/** "billing, bug or feature" / "a | b | c" / '"a", "b"' → the items. */
export function parseList(text: string): string[] {
  return text
    .replace(/[.;!?]+\s*$/, "")
    .split(/\s*(?:,|\||\/|\bor\b|\band\b)\s*/i)
    .map((item) => item.trim().replace(/^["'`“]|["'`”]$/g, "").trim())
    .filter((item) => item.length > 0 && item.length <= 40 && item.split(/\s+/).length <= 3);
}

const LANGUAGE_ASK = new RegExp(`\\b(?:in|into)\\s+(${LANGUAGES.join("|")})\\b`, "i");

export function detectLanguage(prompt: string): Language | null {
  const match = LANGUAGE_ASK.exec(prompt);
  if (!match) return null;
  const name = match[1]!.toLowerCase();
  return LANGUAGES.find((language) => language.toLowerCase() === name) ?? null;
}

const STARTS_WITH = /\b(?:start|begin|open)\s+(?:your (?:answer|reply|response) |the (?:answer|reply|response) |it )?with\s+(?:the (?:phrase|words?|sentence) )?["“']([^"”'\n]{1,80})["”']/i;

export function detectStartsWith(prompt: string): string | null {
  return STARTS_WITH.exec(prompt)?.[1] ?? null;
}

export function detectMarkdown(prompt: string): boolean {
  return /\b(?:markdown|bullet(?:ed)?[- ]?(?:list|points)|bullets|numbered list|as a list|a table|headings?)\b/i.test(prompt);
}

const CODE_LANGUAGES = ["python", "javascript", "typescript", "sql", "bash", "go", "rust", "java"];
const CODE_ASK = /\b(?:write|give|show|implement|create)\b[^.\n]{0,40}\b(?:code|function|script|snippet|query|program|class)\b|\bcode (?:block|snippet|example)\b/i;

export function detectCode(prompt: string): string | null {
  if (!CODE_ASK.test(prompt)) return null;
  const named = new RegExp(`\\b(${CODE_LANGUAGES.join("|")})\\b`, "i").exec(prompt)?.[1]?.toLowerCase();
  return named ?? (/\bSQL\b|\bquery\b/i.test(prompt) ? "sql" : "");
}

export function detectInstructions(prompt: string): Instructions {
  return {
    json: detectJson(prompt),
    maxWords: detectMaxWords(prompt),
    labels: detectLabels(prompt),
    language: detectLanguage(prompt),
    startsWith: detectStartsWith(prompt),
    markdown: detectMarkdown(prompt),
    code: detectCode(prompt),
  };
}
