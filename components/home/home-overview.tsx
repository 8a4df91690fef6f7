import Link from "next/link";
import type { ChecklistStep } from "@/lib/overview/checklist";
import type { RecentItem, WorkspaceCounts } from "@/lib/overview/workspace";
import { DemoControls } from "./demo-controls";
import { FirstRunChecklist } from "./first-run-checklist";

const stats: { key: keyof Omit<WorkspaceCounts, "demo">; label: string; href: string }[] = [
  { key: "sessions", label: "Compare sessions", href: "/sessions" },
  { key: "runs", label: "Runs", href: "/runs" },
  { key: "prompts", label: "Prompts", href: "/prompts" },
  { key: "datasets", label: "Datasets", href: "/datasets" },
  { key: "votes", label: "Review votes", href: "/leaderboard" },
];

/** The home page: an invitation to load the demo while the workspace is empty, an overview after. */
export function HomeOverview(props: { counts: WorkspaceCounts; recent: { runs: RecentItem[]; sessions: RecentItem[] }; demoLoaded: boolean; canEdit: boolean; steps: ChecklistStep[] }) {
  return (
    <div className="space-y-6">
      {props.canEdit && <FirstRunChecklist steps={props.steps} />}
      <Workspace {...props} />
    </div>
  );
}

function Workspace({ counts, recent, demoLoaded, canEdit }: { counts: WorkspaceCounts; recent: { runs: RecentItem[]; sessions: RecentItem[] }; demoLoaded: boolean; canEdit: boolean }) {
  const empty = counts.sessions + counts.runs + counts.prompts + counts.datasets === 0;
  if (empty)
    return (
      <section className="rounded-lg border border-dashed border-zinc-300 bg-white px-6 py-12 text-center" data-testid="home-empty">
        <h2 className="text-base font-semibold text-zinc-900">Nothing to compare yet</h2>
        <p className="mx-auto mt-2 max-w-xl text-sm text-zinc-600">
          Load a demo workspace on the offline simulated models: a prompt library, datasets with expected outputs, finished replays — one catching a silent model update
          against its baseline — a load sweep, compare sessions and review votes. Everything it adds is named “Demo · …” and can be removed in one click.
        </p>
        <div className="mt-6 flex justify-center">{canEdit ? <DemoControls loaded={false} /> : <p className="text-sm text-zinc-500">Ask an editor to load the demo.</p>}</div>
        <p className="mt-4 text-sm">
          <Link href="/compare" className="text-indigo-700 hover:underline">
            Or start comparing variants →
          </Link>
        </p>
      </section>
    );
  return (
    <div className="space-y-6" data-testid="home-overview">
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {stats.map((stat) => (
          <li key={stat.key}>
            <Link href={stat.href} className="block rounded-lg bg-white px-4 py-3 ring-1 ring-zinc-200 hover:ring-indigo-300" data-testid={`count-${stat.key}`}>
              <span className="block text-2xl font-semibold text-zinc-900 tabular-nums">{counts[stat.key]}</span>
              <span className="text-sm text-zinc-600">{stat.label}</span>
            </Link>
          </li>
        ))}
      </ul>
      <div className="grid gap-6 lg:grid-cols-2">
        <RecentList title="Latest runs" items={recent.runs} href={(id) => `/runs/${id}`} />
        <RecentList title="Latest compare sessions" items={recent.sessions} href={(id) => `/sessions/${id}`} />
      </div>
      {(demoLoaded || counts.demo > 0) && canEdit && (
        <section className="flex flex-wrap items-center justify-between gap-3 rounded-lg bg-amber-50 px-4 py-3 ring-1 ring-amber-200" data-testid="demo-panel">
          <p className="text-sm text-amber-900">Demo data is loaded: {counts.demo} sessions, runs, prompts and datasets named “Demo · …”, on the simulated models.</p>
          <DemoControls loaded />
        </section>
      )}
    </div>
  );
}

function RecentList({ title, items, href }: { title: string; items: RecentItem[]; href: (id: string) => string }) {
  return (
    <section>
      <h2 className="mb-2 text-sm font-semibold text-zinc-900">{title}</h2>
      {items.length === 0 ? (
        <p className="text-sm text-zinc-500">None yet.</p>
      ) : (
        <ul className="divide-y divide-zinc-100 rounded-lg bg-white ring-1 ring-zinc-200">
          {items.map((item) => (
            <li key={item.id} className="px-4 py-2.5 text-sm">
              <Link href={href(item.id)} className="font-medium text-zinc-900 hover:text-indigo-700">
                {item.title}
              </Link>
              <p className="text-xs text-zinc-500">{item.detail}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
