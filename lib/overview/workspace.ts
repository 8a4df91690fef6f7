// What the workspace holds, for the home page and GET /api/v1/demo: counts and whether the demo
// is loaded (the latest activity is in activity.ts).
import "server-only";
import { db } from "../db/client";
import { DEMO_PREFIX } from "../demo/content";
import { firstRunChecklist, type ChecklistStep } from "./checklist";

const demoFilter = { startsWith: DEMO_PREFIX };

export async function isDemoLoaded(): Promise<boolean> {
  return (await db().provider.count({ where: { name: demoFilter, archivedAt: null } })) > 0;
}

export interface WorkspaceCounts {
  sessions: number;
  runs: number;
  prompts: number;
  datasets: number;
  votes: number;
  /** Sessions, runs, prompts and datasets named "Demo · …". */
  demo: number;
}

export async function workspaceCounts(): Promise<WorkspaceCounts> {
  const [sessions, runs, prompts, datasets, votes, demoSessions, demoRuns, demoPrompts, demoDatasets] = await Promise.all([
    db().session.count(),
    db().run.count(),
    db().prompt.count({ where: { archivedAt: null } }),
    db().dataset.count({ where: { archivedAt: null } }),
    db().vote.count(),
    db().session.count({ where: { title: demoFilter } }),
    db().run.count({ where: { name: demoFilter } }),
    db().prompt.count({ where: { name: demoFilter, archivedAt: null } }),
    db().dataset.count({ where: { name: demoFilter, archivedAt: null } }),
  ]);
  return { sessions, runs, prompts, datasets, votes, demo: demoSessions + demoRuns + demoPrompts + demoDatasets };
}

/** The first-run checklist with each step's state. */
export async function checklist(): Promise<ChecklistStep[]> {
  const [providers, variants, sessions, datasets, runs, votes] = await Promise.all([
    db().provider.count({ where: { archivedAt: null, kind: { not: "simulated" } } }),
    db().variant.count({ where: { archivedAt: null } }),
    db().session.count(),
    db().dataset.count({ where: { archivedAt: null } }),
    db().run.count(),
    db().vote.count(),
  ]);
  return firstRunChecklist({ providers, variants, sessions, datasets, runs, votes });
}
