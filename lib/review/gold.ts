// Gold pairs: pairs whose right answer an admin knows, mixed into the review queue unannounced
// so each reviewer's accuracy can be measured (lib/review/reviewer-quality.ts). Stored in the
// canonical order votes use, with the expected choice flipped to match.
import "server-only";
import { z } from "zod";
import { notFound } from "../api/errors";
import type { AuthUser } from "../auth/roles";
import { db } from "../db/client";
import { flipped, votePair } from "./service";

export const goldPairSchema = z
  .object({
    completionAId: z.uuid(),
    completionBId: z.uuid(),
    /** For the pair in the order given: "a" means completionAId is the better answer. */
    expected: z.enum(["a", "b", "tie", "both_bad"]),
    note: z.string().trim().max(2000).refine((text) => !text.includes("\0"), "Remove the NUL character from the note.").default(""),
  })
  .strict()
  .refine((value) => value.completionAId !== value.completionBId, { message: "A gold pair needs two different answers.", path: ["completionBId"] });

const listed = {
  id: true,
  completionAId: true,
  completionBId: true,
  expected: true,
  note: true,
  createdAt: true,
  createdBy: { select: { id: true, name: true } },
  completionA: { select: { variant: { select: { name: true } } } },
  completionB: { select: { variant: { select: { name: true } } } },
} as const;

/** Marks a pair as gold, or changes its expected answer when it is gold already (one per pair). */
export async function markGoldPair(admin: AuthUser, input: z.input<typeof goldPairSchema>) {
  const data = goldPairSchema.parse(input);
  const { completionAId, completionBId, swapped } = await votePair(data.completionAId, data.completionBId);
  const expected = swapped ? flipped[data.expected] : data.expected;
  const row = await db().goldPair.upsert({
    where: { completionAId_completionBId: { completionAId, completionBId } },
    create: { completionAId, completionBId, expected, note: data.note, createdById: admin.id },
    update: { expected, note: data.note },
    select: { id: true },
  });
  // Read apart from the upsert: Prisma runs an upsert in a transaction and would load these
  // relations with parallel queries on its one connection.
  return present(await db().goldPair.findUniqueOrThrow({ where: { id: row.id }, select: listed }));
}

export async function listGoldPairs() {
  const rows = await db().goldPair.findMany({ orderBy: { createdAt: "desc" }, select: listed });
  // Prisma reads an empty OR as "match nothing".
  const votes = await db().vote.findMany({
    where: { OR: rows.map((row) => ({ completionAId: row.completionAId, completionBId: row.completionBId })) },
    select: { completionAId: true, completionBId: true, choice: true },
  });
  const tally = new Map<string, { votes: number; correct: number }>();
  const expected = new Map(rows.map((row) => [`${row.completionAId}|${row.completionBId}`, row.expected]));
  for (const vote of votes) {
    const key = `${vote.completionAId}|${vote.completionBId}`;
    const counts = tally.get(key) ?? { votes: 0, correct: 0 };
    counts.votes++;
    if (vote.choice === expected.get(key)) counts.correct++;
    tally.set(key, counts);
  }
  return rows.map((row) => ({ ...present(row), ...(tally.get(`${row.completionAId}|${row.completionBId}`) ?? { votes: 0, correct: 0 }) }));
}

export async function deleteGoldPair(id: string) {
  const { count } = await db().goldPair.deleteMany({ where: { id } });
  if (count === 0) throw notFound("That gold pair");
}

interface Listed {
  id: string;
  completionAId: string;
  completionBId: string;
  expected: "a" | "b" | "tie" | "both_bad";
  note: string;
  createdAt: Date;
  createdBy: { id: string; name: string };
  completionA: { variant: { name: string } };
  completionB: { variant: { name: string } };
}

/** Variant names are shown to admins only (the gold list is admin-only): they set the answers. */
function present({ completionA, completionB, ...row }: Listed) {
  return { ...row, variantA: completionA.variant.name, variantB: completionB.variant.name };
}
