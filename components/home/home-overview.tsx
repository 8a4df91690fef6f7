import { ArrowRight, Database, FileText, FlaskConical, MessagesSquare, Play, Vote, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { ChecklistStep } from "@/lib/overview/checklist";
import type { ActivityItem } from "@/lib/overview/activity";
import type { WorkspaceCounts } from "@/lib/overview/workspace";
import { DemoControls } from "./demo-controls";
import { FirstRunChecklist } from "./first-run-checklist";
import { RecentActivity } from "./recent-activity";

const stats: { key: keyof Omit<WorkspaceCounts, "demo">; label: string; href: string; icon: LucideIcon }[] = [
  { key: "sessions", label: "Compare sessions", href: "/sessions", icon: MessagesSquare },
  { key: "runs", label: "Runs", href: "/runs", icon: Play },
  { key: "prompts", label: "Prompts", href: "/prompts", icon: FileText },
  { key: "datasets", label: "Datasets", href: "/datasets", icon: Database },
  { key: "votes", label: "Review votes", href: "/leaderboard", icon: Vote },
];

interface Props {
  counts: WorkspaceCounts;
  activity: ActivityItem[];
  demoLoaded: boolean;
  canEdit: boolean;
  steps: ChecklistStep[];
}

/** The home page: an invitation to load the demo while the workspace is empty, an overview after. */
export function HomeOverview(props: Props) {
  return (
    <div className="space-y-6">
      {props.canEdit && <FirstRunChecklist steps={props.steps} />}
      <Workspace {...props} />
    </div>
  );
}

function Workspace({ counts, activity, demoLoaded, canEdit }: Props) {
  const empty = counts.sessions + counts.runs + counts.prompts + counts.datasets === 0;
  if (empty)
    return (
      <div data-testid="home-empty">
        <EmptyState icon={FlaskConical} title="Nothing to compare yet" action={canEdit ? <DemoControls loaded={false} /> : undefined}>
          <p>
            Load a demo workspace on the offline simulated models: a prompt library, datasets with expected outputs, finished replays — one catching a silent model
            update against its baseline — a load sweep, compare sessions and review votes. Everything it adds is named “Demo · …” and can be removed in one click.
          </p>
          {!canEdit && <p className="mt-3">Ask an editor to load the demo.</p>}
          <p className="mt-4">
            <Link href="/compare" className="inline-flex items-center gap-1 font-medium text-primary hover:underline">
              Or start comparing variants <ArrowRight className="size-4" aria-hidden />
            </Link>
          </p>
        </EmptyState>
      </div>
    );
  return (
    <div className="space-y-6" data-testid="home-overview">
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {stats.map((stat) => {
          const Icon = stat.icon;
          return (
            <li key={stat.key}>
              <Link
                href={stat.href}
                className="group flex h-full flex-col gap-2 rounded-lg border border-border bg-card px-4 py-3 shadow-xs transition-colors outline-none hover:border-primary/40 focus-visible:ring-2 focus-visible:ring-ring"
                data-testid={`count-${stat.key}`}
              >
                <span className="text-2xl font-semibold text-foreground tabular-nums">{counts[stat.key]}</span>
                <span className="flex items-center gap-1.5 text-sm text-muted-foreground group-hover:text-foreground">
                  <Icon className="size-4" aria-hidden />
                  {stat.label}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      <RecentActivity items={activity} />
      {(demoLoaded || counts.demo > 0) && canEdit && (
        <Card
          className="flex flex-wrap items-center justify-between gap-3 border-amber-200 bg-amber-50 px-4 py-3 dark:border-amber-500/30 dark:bg-amber-500/10"
          data-testid="demo-panel"
        >
          <p className="text-sm text-amber-900 dark:text-amber-200">
            Demo data is loaded: {counts.demo} sessions, runs, prompts and datasets named “Demo · …”, on the simulated models.
          </p>
          <DemoControls loaded />
        </Card>
      )}
    </div>
  );
}
