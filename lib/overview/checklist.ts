// The first-run checklist on the home page: the steps from a fresh install to a decision, each
// done when the workspace shows it happened. Pure, so the rule is tested apart from the page.

export interface ChecklistCounts {
  /** Providers other than the built-in simulated one. */
  providers: number;
  variants: number;
  sessions: number;
  datasets: number;
  runs: number;
  votes: number;
}

export interface ChecklistStep {
  key: keyof ChecklistCounts;
  label: string;
  hint: string;
  href: string;
  done: boolean;
}

const STEPS: Array<Omit<ChecklistStep, "done"> & { needed: number }> = [
  { key: "providers", needed: 1, label: "Add a provider", hint: "OpenAI, Anthropic or any OpenAI-compatible server (the simulated one works offline meanwhile).", href: "/settings/providers" },
  { key: "variants", needed: 2, label: "Make two variants", hint: "A model with a system prompt and sampling settings: the things you compare.", href: "/settings/variants" },
  { key: "sessions", needed: 1, label: "Compare them side by side", hint: "One prompt to every variant, answers streamed with their latency and cost.", href: "/compare" },
  { key: "datasets", needed: 1, label: "Import a dataset", hint: "Cases as CSV or JSONL, with expected outputs and assertions.", href: "/datasets" },
  { key: "runs", needed: 1, label: "Run it", hint: "Replay the dataset against your variants and read the evidence.", href: "/runs/new" },
  { key: "votes", needed: 1, label: "Review the answers", hint: "Vote blind on pairs; the leaderboard ranks the variants.", href: "/review" },
];

export function firstRunChecklist(counts: ChecklistCounts): ChecklistStep[] {
  return STEPS.map(({ needed, ...step }) => ({ ...step, done: counts[step.key] >= needed }));
}
