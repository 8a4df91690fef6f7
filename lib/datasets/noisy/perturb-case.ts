// One clean case → its noisy version for one kind. What gets perturbed is what the model reads
// from the user: every string value among the case's variables, or (for a logged conversation)
// the last user message. Expected output and assertions stay: the noisy case asks for the same
// answer, which is the point of the measurement.
import { seededRandom } from "../../stats/random";
import type { ChatMessage } from "../../providers/types";
import { noiseKinds, perturbations, type NoiseKind } from "./perturbations";

export interface CaseContent {
  variables: Record<string, unknown>;
  messages: ChatMessage[] | null;
}

/** A seed of its own for each (copy seed, case, kind, field): one case's noise does not depend
 * on how many random numbers another case used, so editing a case leaves the others' noise as it
 * was. FNV-1a over the parts, then the copy seed mixed in. */
export function caseSeed(seed: number, position: number, kind: NoiseKind, field: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${position}\u0000${noiseKinds.indexOf(kind)}\u0000${field}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0;
}

export function perturbCase(content: CaseContent, kind: NoiseKind, seed: number, position: number): CaseContent {
  const perturb = (text: string, field: string) => perturbations[kind](text, seededRandom(caseSeed(seed, position, kind, field)));
  if (content.messages && content.messages.length > 0) {
    const last = content.messages.findLastIndex((message) => message.role === "user");
    const messages = content.messages.map((message, index) => (index === last ? { ...message, content: perturb(message.content, "message") } : message));
    return { variables: content.variables, messages };
  }
  const variables = Object.fromEntries(Object.entries(content.variables).map(([name, value]) => [name, typeof value === "string" ? perturb(value, name) : value]));
  return { variables, messages: content.messages };
}
