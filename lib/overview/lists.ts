// Read-only listings behind the index pages. The feature issues replace these with richer,
// paginated services of their own (lib/sessions, lib/prompts, lib/runs …).
import { db } from "../db/client";

export interface ListRow {
  id: string;
  title: string;
  subtitle: string;
  createdAt: Date;
}

const LIMIT = 100;

export async function listPromptRows(): Promise<ListRow[]> {
  const rows = await db().prompt.findMany({ where: { archivedAt: null }, orderBy: { name: "asc" }, take: LIMIT, include: { _count: { select: { versions: true } } } });
  return rows.map((row) => ({ id: row.id, title: row.name, subtitle: `${row._count.versions} versions`, createdAt: row.createdAt }));
}

export async function listDatasetRows(): Promise<ListRow[]> {
  const rows = await db().dataset.findMany({ where: { archivedAt: null }, orderBy: { name: "asc" }, take: LIMIT, include: { _count: { select: { cases: true } } } });
  return rows.map((row) => ({ id: row.id, title: row.name, subtitle: `${row._count.cases} test cases`, createdAt: row.createdAt }));
}

export async function listRunRows(): Promise<ListRow[]> {
  const rows = await db().run.findMany({ orderBy: { createdAt: "desc" }, take: LIMIT });
  return rows.map((row) => ({ id: row.id, title: row.name || `${row.kind} run`, subtitle: `${row.kind} · ${row.status} · ${row.totalItems} items`, createdAt: row.createdAt }));
}

export async function findTitle(kind: "session" | "prompt" | "dataset" | "run", id: string): Promise<string | null> {
  switch (kind) {
    case "session":
      return (await db().session.findUnique({ where: { id }, select: { title: true } }))?.title ?? null;
    case "prompt":
      return (await db().prompt.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
    case "dataset":
      return (await db().dataset.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
    case "run": {
      const run = await db().run.findUnique({ where: { id }, select: { name: true, kind: true } });
      return run ? run.name || `${run.kind} run` : null;
    }
  }
}
