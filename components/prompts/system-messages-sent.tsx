import type { SentSystemMessage } from "@/lib/variants/system-prompts";

/** One variant's system messages as a call sends them (lib/variants/system-prompts.ts), each
 * marked with where it comes from: the run page's note and a compare session's prompt header. */
export function SystemMessagesSent({ name, messages }: { name: string; messages: SentSystemMessage[] }) {
  return (
    <>
      <span className="font-medium text-foreground">{name}</span>
      <span className="text-muted-foreground">
        {" "}
        sends {messages.length === 0 ? "no system message" : messages.length === 1 ? "one system message" : `${messages.length} system messages`}:
      </span>
      <ol className="mt-1 space-y-1">
        {messages.map((message, index) => (
          <li key={index} className="rounded bg-muted px-2 py-1 font-mono text-xs whitespace-pre-wrap text-foreground">
            <span className="text-muted-foreground">{message.from} · </span>
            {message.content}
          </li>
        ))}
      </ol>
    </>
  );
}
