// The name of a thing by id, for page titles and 404 checks on detail pages.
import "server-only";
import { db } from "../db/client";

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
