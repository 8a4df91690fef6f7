// Token counts for when a provider does not report usage (or a stream was cut before it could).
// gpt-tokenizer's o200k encoding is exact for current OpenAI models and an estimate for others;
// counts from here are always flagged as estimated.
import { createRequire } from "node:module";
import type { ChatMessage } from "./types";

// Loaded on first use: the encoding tables take ~65 MB, and most calls report their own usage,
// so a worker that never needs an estimate never pays for them.
let encoder: ((text: string) => number[]) | undefined;
function encode(text: string): number[] {
  encoder ??= (createRequire(import.meta.url)("gpt-tokenizer") as { encode: (text: string) => number[] }).encode;
  return encoder(text);
}

// Chat formats wrap each message in a few tokens of framing (OpenAI's guide counts ~3 + 3).
const TOKENS_PER_MESSAGE = 3;
const TOKENS_PER_REPLY = 3;

export function countTextTokens(text: string): number {
  return text.length === 0 ? 0 : encode(text).length;
}

export function countMessageTokens(messages: ChatMessage[]): number {
  return messages.reduce((sum, message) => sum + TOKENS_PER_MESSAGE + countTextTokens(message.content), TOKENS_PER_REPLY);
}
