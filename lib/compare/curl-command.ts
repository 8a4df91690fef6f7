// A compare answer's request as a curl command to paste into a shell: the body the adapter sent
// (built by the adapter's own function), the provider's base URL with any credentials in it
// masked, and the key as an environment variable. Never the key itself: this text goes to
// clipboards, chats and tickets.
import { redactUrlCredentials } from "../net/redact-url";
import { anthropicMessagesBody } from "../providers/adapters/anthropic";
import { openAiChatBody } from "../providers/adapters/openai";
import type { CompletionRequest, ProviderKind } from "../providers/types";

/** The kinds with an HTTP API to call (a simulated model has none). */
export type CallableKind = Exclude<ProviderKind, "simulated">;

/** Where the SDKs send calls when a provider has no base URL of its own. */
const OFFICIAL_BASE_URL: Record<"openai" | "anthropic", string> = { openai: "https://api.openai.com/v1", anthropic: "https://api.anthropic.com" };

/** The variable the command reads the key from; the SDKs' own conventions. */
export const KEY_VARIABLE: Record<CallableKind, string> = { openai: "OPENAI_API_KEY", openai_compatible: "OPENAI_API_KEY", anthropic: "ANTHROPIC_API_KEY" };

/** POSIX single quotes: nothing inside is expanded; a quote is closed, escaped and reopened. */
const shellQuote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/** `baseUrl` is where calls go (effectiveBaseUrl: null means the official API). */
export function curlCommand(request: CompletionRequest, provider: { kind: CallableKind; baseUrl: string | null }): string {
  const anthropic = provider.kind === "anthropic";
  const base = redactUrlCredentials(provider.baseUrl ?? OFFICIAL_BASE_URL[anthropic ? "anthropic" : "openai"]).replace(/\/+$/, "");
  const key = KEY_VARIABLE[provider.kind];
  const body = anthropic ? anthropicMessagesBody(request) : openAiChatBody(request, provider.kind === "openai_compatible");
  const headers = anthropic
    ? [shellQuote("content-type: application/json"), shellQuote("anthropic-version: 2023-06-01"), `"x-api-key: $${key}"`]
    : [shellQuote("Content-Type: application/json"), `"Authorization: Bearer $${key}"`];
  // -N: the answer streams (server-sent events), as it did in Juxta.
  return [`curl -N ${shellQuote(`${base}${anthropic ? "/v1/messages" : "/chat/completions"}`)}`, ...headers.map((header) => `-H ${header}`), `-d ${shellQuote(JSON.stringify(body, null, 2))}`].join(" \\\n  ");
}
