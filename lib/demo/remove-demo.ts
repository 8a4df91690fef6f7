// Removes the demo workspace: every row named "Demo · …" and what hangs off it (run items,
// answers, votes), in one transaction. Nothing else is touched: a demo variant, prompt, dataset
// or provider that the user's own work still uses is archived instead of deleted.
import "server-only";
import { db } from "../db/client";
import { DEMO_PREFIX } from "./content";

const named = { startsWith: DEMO_PREFIX };

export interface RemovedDemo {
  runs: number;
  sessions: number;
  variants: number;
  prompts: number;
  datasets: number;
  /** Demo rows kept (archived) because non-demo rows still refer to them. */
  archived: number;
}

export async function removeDemo(): Promise<RemovedDemo> {
  return db().$transaction(async (tx) => {
    const runs = await tx.run.findMany({ where: { name: named }, select: { id: true, items: { select: { completionId: true } } } });
    const runAnswers = runs.flatMap((run) => run.items.map((item) => item.completionId).filter((id): id is string => id !== null));
    await tx.run.deleteMany({ where: { id: { in: runs.map((run) => run.id) } } });
    await tx.completion.deleteMany({ where: { id: { in: runAnswers } } });
    const sessions = await tx.session.deleteMany({ where: { title: named } });

    let archived = 0;
    const now = new Date();
    // Archived rows give their name back, so the demo can be loaded again.
    const archivedName = (name: string, id: string) => (name.includes(" · archived ") ? name : `${name} · archived ${id.slice(0, 8)}`);
    const variants = await tx.variant.findMany({ where: { name: named }, select: { id: true, _count: { select: { completions: true, sessionColumns: true, runVariants: true, runItems: true } } } });
    const inUse = (counts: Record<string, number>) => Object.values(counts).some((count) => count > 0);
    const keptVariants = variants.filter((variant) => inUse(variant._count)).map((variant) => variant.id);
    for (const row of await tx.variant.findMany({ where: { id: { in: keptVariants } }, select: { id: true, name: true } })) {
      await tx.variant.update({ where: { id: row.id }, data: { archivedAt: now, name: archivedName(row.name, row.id) } });
    }
    const deletedVariants = await tx.variant.deleteMany({ where: { name: named, id: { notIn: keptVariants } } });
    archived += keptVariants.length;

    const prompts = await tx.prompt.findMany({ where: { name: named }, select: { id: true, versions: { select: { _count: { select: { runs: true } } } } } });
    const keptPrompts = prompts.filter((prompt) => prompt.versions.some((version) => version._count.runs > 0)).map((prompt) => prompt.id);
    for (const row of await tx.prompt.findMany({ where: { id: { in: keptPrompts } }, select: { id: true, name: true } })) {
      await tx.prompt.update({ where: { id: row.id }, data: { archivedAt: now, name: archivedName(row.name, row.id) } });
    }
    const deletedPrompts = await tx.prompt.deleteMany({ where: { name: named, id: { notIn: keptPrompts } } });
    archived += keptPrompts.length;

    const datasets = await tx.dataset.findMany({ where: { name: named }, select: { id: true, _count: { select: { runs: true } } } });
    const keptDatasets = datasets.filter((dataset) => dataset._count.runs > 0).map((dataset) => dataset.id);
    for (const row of await tx.dataset.findMany({ where: { id: { in: keptDatasets } }, select: { id: true, name: true } })) {
      await tx.dataset.update({ where: { id: row.id }, data: { archivedAt: now, name: archivedName(row.name, row.id) } });
    }
    const deletedDatasets = await tx.dataset.deleteMany({ where: { name: named, id: { notIn: keptDatasets } } });
    archived += keptDatasets.length;

    // The provider's models go with it, unless a kept variant still points at one.
    const providers = await tx.provider.findMany({ where: { name: named }, select: { id: true, name: true, models: { select: { _count: { select: { variants: true } } } } } });
    for (const provider of providers) {
      if (provider.models.some((model) => model._count.variants > 0)) {
        await tx.provider.update({ where: { id: provider.id }, data: { archivedAt: now, name: archivedName(provider.name, provider.id) } });
        archived += 1;
      } else {
        await tx.provider.delete({ where: { id: provider.id } });
      }
    }
    return { runs: runs.length, sessions: sessions.count, variants: deletedVariants.count, prompts: deletedPrompts.count, datasets: deletedDatasets.count, archived };
  }, { timeout: 60_000 });
}
