// Where a provider's calls go. An `openai` or `anthropic` provider calls its official API unless
// it is explicitly a custom endpoint (a proxy, Azure, a gateway): a base URL alone is not enough,
// so nobody redirects an official provider's traffic, and its key, by editing one field.
import type { ProviderKind } from "./types";

export interface Endpoint {
  kind: ProviderKind;
  baseUrl: string | null;
  customEndpoint: boolean;
}

const officialNames: Partial<Record<ProviderKind, string>> = { openai: "An OpenAI", anthropic: "An Anthropic" };

export function hasOfficialEndpoint(kind: ProviderKind): boolean {
  return kind in officialNames;
}

/** The base URL calls use; null means the SDK's official endpoint. */
export function effectiveBaseUrl(endpoint: Endpoint): string | null {
  return hasOfficialEndpoint(endpoint.kind) && !endpoint.customEndpoint ? null : endpoint.baseUrl;
}

/** What is wrong with an endpoint (always about the baseUrl field), or null. */
export function endpointProblem(endpoint: Endpoint): string | null {
  const official = officialNames[endpoint.kind];
  if (!official) return null;
  if (endpoint.baseUrl && !endpoint.customEndpoint) return `${official} provider calls the official API; set customEndpoint to use a base URL.`;
  if (!endpoint.baseUrl && endpoint.customEndpoint) return "A custom endpoint needs a base URL.";
  return null;
}

/** A key given for one endpoint is not handed to another: when this is true, the stored key is
 * dropped unless the same change supplies a new one. */
export function endpointChanged(before: Endpoint, after: Endpoint): boolean {
  return before.kind !== after.kind || effectiveBaseUrl(before) !== effectiveBaseUrl(after);
}
