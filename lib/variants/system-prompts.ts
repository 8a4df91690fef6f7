// How a variant's system prompt and a prompt's system message combine, in words and in the
// messages sent. Runs and compare sessions both build requests with requestForVariant, so the
// run page and the compare session header explain it with this one text, and list what is sent
// by calling that same builder: neither can drift from what goes to the provider.
import type { ChatMessage } from "../providers/types";
import { requestForVariant } from "./request";

export const SYSTEM_PROMPTS_COMBINE =
  "Both are sent; neither replaces the other. Each call starts with the variant's system prompt as its own system message, followed by the prompt's system message. " +
  "OpenAI-compatible providers receive the two system messages one after the other; Anthropic receives a single system text, the variant's first, then the prompt's, separated by a blank line.";

const noSettings = { temperature: null, topP: null, maxTokens: null, stop: [], seed: null, model: { modelId: "" } };

export interface SentSystemMessage {
  from: "variant" | "prompt";
  content: string;
}

/** The system messages a call sends for this variant system prompt and conversation, in order. */
export function systemMessagesSent(variantSystemPrompt: string | null, conversation: ChatMessage[]): SentSystemMessage[] {
  return requestForVariant({ ...noSettings, systemPrompt: variantSystemPrompt }, conversation)
    .messages.filter((message) => message.role === "system")
    .map((message, index) => ({ from: index === 0 && variantSystemPrompt ? "variant" : "prompt", content: message.content }));
}
