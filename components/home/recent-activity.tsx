"use client";

import { MessagesSquare, Play, Vote, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { useSyncExternalStore } from "react";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { timeAgo } from "@/lib/format/time-ago";
import type { ActivityItem, ActivityKind } from "@/lib/overview/activity";

const ICONS: Record<ActivityKind, LucideIcon> = { session: MessagesSquare, run: Play, vote: Vote };
const TONES: Record<ActivityKind, string> = {
  session: "bg-sky-100 text-sky-700 dark:bg-sky-500/15 dark:text-sky-300",
  run: "bg-violet-100 text-violet-700 dark:bg-violet-500/15 dark:text-violet-300",
  vote: "bg-emerald-100 text-emerald-700 dark:bg-emerald-500/15 dark:text-emerald-300",
};

// "3 minutes ago" depends on the viewer's clock: the server renders the date, the browser the
// relative time (no hydration mismatch), refreshed each minute. 0 means "not known yet".
let now = 0;
function subscribeToClock(listener: () => void) {
  const tick = () => {
    now = Date.now();
    listener();
  };
  tick();
  const timer = setInterval(tick, 60_000);
  return () => clearInterval(timer);
}
const useNow = () =>
  useSyncExternalStore(
    subscribeToClock,
    () => now,
    () => 0,
  );

/** The latest sessions, runs and votes of the workspace, newest first. */
export function RecentActivity({ items }: { items: ActivityItem[] }) {
  const now = useNow();
  return (
    <Card data-testid="recent-activity">
      <CardHeader className="pb-2">
        <CardTitle>Recent activity</CardTitle>
      </CardHeader>
      {items.length === 0 ? (
        <p className="px-5 pb-5 text-sm text-muted-foreground">Nothing yet.</p>
      ) : (
        <ul className="divide-y divide-border px-2 pb-2">
          {items.map((item) => {
            const Icon = ICONS[item.kind];
            const at = new Date(item.at);
            return (
              <li key={`${item.kind}-${item.id}`} data-kind={item.kind}>
                <Link href={item.href} className="flex items-center gap-3 rounded-md px-3 py-2.5 outline-none hover:bg-muted/60 focus-visible:ring-2 focus-visible:ring-ring">
                  <span className={`flex size-8 shrink-0 items-center justify-center rounded-full ${TONES[item.kind]}`} aria-hidden>
                    <Icon className="size-4" />
                  </span>
                  <span className="min-w-0 flex-1">
                    <span className="block truncate text-sm font-medium text-foreground" title={item.title}>
                      {item.title}
                    </span>
                    <span className="block truncate text-xs text-muted-foreground">
                      {item.actor} · {item.detail}
                    </span>
                  </span>
                  <time dateTime={item.at} title={at.toLocaleString()} className="shrink-0 text-xs text-muted-foreground tabular-nums">
                    {now === 0 ? at.toISOString().slice(0, 10) : timeAgo(at, new Date(now))}
                  </time>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
