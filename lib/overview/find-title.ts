// The name of a thing by id, for page titles, and the one rule of detail pages' 404s: the id in the
// address must be a UUID naming a record of that kind.
import "server-only";
import { z } from "zod";
import { db } from "../db/client";

export type TitledKind = "session" | "prompt" | "dataset" | "run" | "watch";

export async function findTitle(kind: TitledKind, id: string): Promise<string | null> {
  switch (kind) {
    case "session":
      return (await db().session.findUnique({ where: { id }, select: { title: true } }))?.title ?? null;
    case "prompt":
      return (await db().prompt.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
    case "dataset":
      return (await db().dataset.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
    case "watch":
      return (await db().watch.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
    case "run": {
      const run = await db().run.findUnique({ where: { id }, select: { name: true, kind: true } });
      return run ? run.name || `${run.kind} run` : null;
    }
  }
}

/** Whether `id` names a record of `kind`. An id that is not a UUID names nothing (and is never
 * handed to the database, whose uuid columns would refuse it with an error). */
export async function recordExists(kind: TitledKind, id: string): Promise<boolean> {
  return z.uuid().safeParse(id).success && (await findTitle(kind, id)) !== null;
}
