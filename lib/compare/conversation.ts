// A compare column's conversation, as given to requestForVariant (lib/variants/request.ts): the
// session's prompt system message first when it has one — where a run's rendered prompt puts
// it — then the turns. Pure: the turn runner sends it, the session header shows it.
import type { ChatMessage } from "../providers/types";

export function conversationOf(promptSystem: string | null, turns: ChatMessage[]): ChatMessage[] {
  return [...(promptSystem ? [{ role: "system" as const, content: promptSystem }] : []), ...turns];
}
