// Leaving a reviewer's votes out of the leaderboard: an admin excludes them with a reason and can
// include them again. Rows are never deleted or rewritten beyond ending them, so the history of
// who excluded whom, when and why stays. The leaderboard reads the active ones.
import "server-only";
import { z } from "zod";
import { conflict, notFound } from "../api/errors";
import type { AuthUser } from "../auth/roles";
import { db } from "../db/client";

export const exclusionSchema = z
  .object({ reason: z.string().trim().min(1, "Say why these votes are left out.").max(2000).refine((text) => !text.includes("\0"), "Remove the NUL character from the reason.") })
  .strict();

const shown = {
  id: true,
  reviewerId: true,
  reason: true,
  createdAt: true,
  endedAt: true,
  createdBy: { select: { id: true, name: true } },
  endedBy: { select: { id: true, name: true } },
} as const;

async function assertReviewer(reviewerId: string) {
  const user = await db().user.findUnique({ where: { id: reviewerId }, select: { id: true, name: true } });
  if (!user) throw notFound("That reviewer");
  return user;
}

/** One active exclusion per reviewer. Two admins excluding at once must not leave two active
 * rows (ending one would leave the reviewer excluded), so the check and the insert run under a
 * per-reviewer transaction lock. */
export async function excludeReviewer(reviewerId: string, admin: AuthUser, input: z.input<typeof exclusionSchema>) {
  const { reason } = exclusionSchema.parse(input);
  const reviewer = await assertReviewer(reviewerId);
  const created = await db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`exclusion:${reviewerId}`}))`;
    const active = await tx.reviewerExclusion.findFirst({ where: { reviewerId, endedAt: null }, select: { id: true } });
    if (active) throw conflict(`${reviewer.name}'s votes are already left out; include them again first.`);
    return tx.reviewerExclusion.create({ data: { reviewerId, reason, createdById: admin.id }, select: { id: true } });
  });
  // Names are read after the transaction: Prisma loads relations with parallel queries, which
  // one transaction's connection would have to queue.
  return db().reviewerExclusion.findUniqueOrThrow({ where: { id: created.id }, select: shown });
}

/** Ends the active exclusion: the reviewer's votes count again from now on. */
export async function endExclusion(reviewerId: string, admin: AuthUser) {
  const reviewer = await assertReviewer(reviewerId);
  const [ended] = await db().reviewerExclusion.updateManyAndReturn({ where: { reviewerId, endedAt: null }, data: { endedAt: new Date(), endedById: admin.id }, select: { id: true } });
  if (!ended) throw conflict(`${reviewer.name}'s votes are not left out.`);
  return db().reviewerExclusion.findUniqueOrThrow({ where: { id: ended.id }, select: shown });
}

/** Every exclusion, newest first; one reviewer's when reviewerId is given. */
export async function exclusionHistory(reviewerId?: string) {
  if (reviewerId) await assertReviewer(reviewerId);
  return db().reviewerExclusion.findMany({ where: reviewerId ? { reviewerId } : {}, orderBy: { createdAt: "desc" }, select: shown });
}
