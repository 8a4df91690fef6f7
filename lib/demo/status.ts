// Whether the demo is loaded, and what the workspace holds: for the home page and the API.
import { db } from "../db/client";
import { DEMO_PREFIX } from "./content";

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
  /** Rows named "Demo · …" among the above. */
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
    db().prompt.count({ where: { name: demoFilter } }),
    db().dataset.count({ where: { name: demoFilter } }),
  ]);
  return { sessions, runs, prompts, datasets, votes, demo: demoSessions + demoRuns + demoPrompts + demoDatasets };
}
