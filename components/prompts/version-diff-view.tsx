"use client";

import { Badge } from "@/components/ui/badge";
import { NativeSelect } from "@/components/ui/native-select";
import type { ChatMessage } from "@/lib/providers/types";
import { diffVersions } from "@/lib/prompts/version-diff";
import { cn } from "@/lib/ui/cn";

const partClass = {
  same: "",
  added: "rounded-sm bg-emerald-100 text-emerald-900 dark:bg-emerald-500/20 dark:text-emerald-200",
  removed: "rounded-sm bg-red-100 text-red-900 line-through dark:bg-red-500/20 dark:text-red-200",
} as const;

const statusBadge = { same: "secondary", changed: "warning", added: "success", removed: "destructive" } as const;

/** The selected version against an older one (the previous by default), word by word. */
export function VersionDiffView({
  versions,
  version,
  against,
  onAgainst,
}: {
  versions: { version: number; messages: ChatMessage[] }[];
  version: number;
  against: number;
  onAgainst: (version: number) => void;
}) {
  const before = versions.find((item) => item.version === against);
  const after = versions.find((item) => item.version === version)!;
  const older = versions.filter((item) => item.version !== version);
  if (!before) return <p className="text-sm text-muted-foreground">This is the only version: there is nothing to compare it with yet.</p>;
  const diff = diffVersions(before.messages, after.messages);
  const unchanged = diff.messages.every((message) => message.status === "same");
  return (
    <div className="space-y-3" data-testid="version-diff">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span>
          Changes in v{version} against
        </span>
        <NativeSelect aria-label="Compare with version" className="w-28" value={against} onChange={(event) => onAgainst(Number(event.target.value))}>
          {older.map((item) => (
            <option key={item.version} value={item.version}>
              v{item.version}
            </option>
          ))}
        </NativeSelect>
        {diff.variablesAdded.map((name) => (
          <Badge key={`+${name}`} variant="success">{`+ {{${name}}}`}</Badge>
        ))}
        {diff.variablesRemoved.map((name) => (
          <Badge key={`-${name}`} variant="destructive">{`− {{${name}}}`}</Badge>
        ))}
      </div>
      {unchanged && <p className="text-sm text-muted-foreground">The messages are the same.</p>}
      {diff.messages.map((message, index) => (
        <div key={index} className="rounded-md border border-border bg-card p-2" data-status={message.status}>
          <div className="mb-1 flex items-center gap-2 text-xs text-muted-foreground">
            <span className="font-semibold">{message.roleBefore ? `${message.roleBefore} → ${message.role}` : message.role}</span>
            {message.status !== "same" && <Badge variant={statusBadge[message.status]}>{message.status}</Badge>}
          </div>
          <pre className="font-mono text-xs whitespace-pre-wrap text-foreground">
            {message.parts.map((part, partIndex) => (
              <span key={partIndex} className={cn(partClass[part.change])} data-change={part.change === "same" ? undefined : part.change}>
                {part.text}
              </span>
            ))}
          </pre>
        </div>
      ))}
    </div>
  );
}
