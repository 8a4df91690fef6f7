// Detail pages (/runs/[id], /datasets/[id] …) answer 404 for an id that names no record of their
// kind, by the rule in lib/overview/find-title.ts.
import { notFound } from "next/navigation";
import { recordExists, type TitledKind } from "@/lib/overview/find-title";

/** The page's [id], or a 404 when it is not a UUID naming a record of `kind`. */
export async function existingRecordId(kind: TitledKind, params: Promise<{ id: string }>): Promise<string> {
  const { id } = await params;
  if (!(await recordExists(kind, id))) notFound();
  return id;
}
