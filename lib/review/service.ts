// Reviews of completions: annotations, ratings and pairwise votes — the only place that writes
// them. Ratings and votes are upserts on their unique keys (one per reviewer), so a repeat, or
// two requests racing, updates instead of duplicating.
import "server-only";
import { z } from "zod";
import { AppError, forbidden, notFound } from "../api/errors";
import { hasRole, type AuthUser } from "../auth/roles";
import { db } from "../db/client";

export const DEFAULT_CRITERIA = ["correctness", "helpfulness", "tone"];
const CRITERIA_KEY = "review.criteria";

// PostgreSQL text cannot hold NUL: refused here as a 400 rather than failing the insert as a 500.
const commentSchema = z.string().trim().min(1, "Write a comment.").max(10_000).refine((text) => !text.includes("\0"), "Remove the NUL character from the comment.");

export const annotationSchema = z
  .object({
    body: commentSchema,
    quote: z.string().max(10_000).refine((text) => !text.includes("\0"), "Remove the NUL character from the quote.").optional(),
    quoteStart: z.number().int().min(0).optional(),
    quoteEnd: z.number().int().min(0).optional(),
  })
  .strict()
  .refine((value) => (value.quoteStart === undefined) === (value.quoteEnd === undefined), "Give both ends of the quoted span, or neither.")
  .refine((value) => value.quoteStart === undefined || value.quoteEnd! > value.quoteStart, "The quoted span ends before it starts.");

export const ratingSchema = z.object({ criterion: z.string().trim().min(1).max(60), score: z.number().int().min(1, "Scores run from 1 to 5.").max(5, "Scores run from 1 to 5.") }).strict();

export const voteSchema = z
  .object({
    completionAId: z.uuid(),
    completionBId: z.uuid(),
    choice: z.enum(["a", "b", "tie", "both_bad"]),
    reason: z.string().trim().max(2000).optional(),
    blind: z.boolean().default(true),
  })
  .strict()
  .refine((value) => value.completionAId !== value.completionBId, "A vote needs two different answers.");

export async function ratingCriteria(): Promise<string[]> {
  const row = await db().setting.findUnique({ where: { key: CRITERIA_KEY } });
  const parsed = z.array(z.string()).safeParse(row?.value);
  return parsed.success && parsed.data.length > 0 ? parsed.data : DEFAULT_CRITERIA;
}

export async function setRatingCriteria(criteria: string[]): Promise<string[]> {
  const value = z.array(z.string().trim().min(1).max(60)).min(1).max(20).parse([...new Set(criteria)]);
  await db().setting.upsert({ where: { key: CRITERIA_KEY }, create: { key: CRITERIA_KEY, value }, update: { value } });
  return value;
}

async function assertCompletion(id: string) {
  const completion = await db().completion.findUnique({
    where: { id },
    select: { id: true, text: true, turnId: true, columnId: true, status: true, variantId: true, runItem: { select: { runId: true, caseKey: true, repetition: true, testCaseId: true } } },
  });
  if (!completion) throw notFound("That answer");
  return completion;
}

export async function listAnnotations(completionId: string) {
  await assertCompletion(completionId);
  return db().annotation.findMany({
    where: { completionId },
    orderBy: { createdAt: "asc" },
    include: { author: { select: { id: true, name: true } } },
  });
}

export async function addAnnotation(completionId: string, author: AuthUser, input: z.input<typeof annotationSchema>) {
  const data = annotationSchema.parse(input);
  const completion = await assertCompletion(completionId);
  if (data.quoteStart !== undefined) {
    // The quote is checked against the answer, so a highlight always points at real text.
    const span = completion.text.slice(data.quoteStart, data.quoteEnd);
    if (data.quoteEnd! > completion.text.length || (data.quote !== undefined && span !== data.quote)) {
      throw new AppError("validation", 400, "The quoted span does not match the answer's text.");
    }
    data.quote = span;
  }
  return db().annotation.create({ data: { completionId, authorId: author.id, ...data }, include: { author: { select: { id: true, name: true } } } });
}

/** Authors edit and delete their own annotations; admins any. The ownership sits in the WHERE
 * clause of the one write, so an edit racing a delete finds nothing (404) instead of a row that
 * vanished between a read and the write (Prisma's P2025, a 500). */
function ownedBy(id: string, user: AuthUser) {
  return hasRole(user, "admin") ? { id } : { id, authorId: user.id };
}

/** After a write matched nothing: does the annotation exist at all (someone else's: 403), or not (404)? */
async function missingAnnotation(id: string): Promise<AppError> {
  const exists = await db().annotation.findUnique({ where: { id }, select: { id: true } });
  return exists ? forbidden("Only its author can change an annotation.") : notFound("That annotation");
}

export async function updateAnnotation(id: string, user: AuthUser, body: string) {
  const text = commentSchema.parse(body);
  const [updated] = await db().annotation.updateManyAndReturn({ where: ownedBy(id, user), data: { body: text } });
  if (!updated) throw await missingAnnotation(id);
  return updated;
}

export async function deleteAnnotation(id: string, user: AuthUser) {
  const { count } = await db().annotation.deleteMany({ where: ownedBy(id, user) });
  if (count === 0) throw await missingAnnotation(id);
}

export async function listRatings(completionId: string) {
  await assertCompletion(completionId);
  return db().rating.findMany({ where: { completionId }, orderBy: [{ criterion: "asc" }, { createdAt: "asc" }], include: { reviewer: { select: { id: true, name: true } } } });
}

export async function rate(completionId: string, reviewer: AuthUser, input: z.input<typeof ratingSchema>) {
  const { criterion, score } = ratingSchema.parse(input);
  if (!(await ratingCriteria()).includes(criterion)) throw new AppError("validation", 400, `Unknown criterion "${criterion}"; rate one of: ${(await ratingCriteria()).join(", ")}.`);
  await assertCompletion(completionId);
  return db().rating.upsert({
    where: { completionId_reviewerId_criterion: { completionId, reviewerId: reviewer.id, criterion } },
    create: { completionId, reviewerId: reviewer.id, criterion, score },
    update: { score },
  });
}

type CompletionKey = Awaited<ReturnType<typeof assertCompletion>>;

/** Same input: two columns of one compare turn, or two variants on one case and repetition of a
 * replay run. */
function sameInput(a: CompletionKey, b: CompletionKey): boolean {
  if (a.turnId) return a.turnId === b.turnId && a.columnId !== b.columnId;
  const [x, y] = [a.runItem, b.runItem];
  return !!x && !!y && x.testCaseId !== null && x.runId === y.runId && x.caseKey === y.caseKey && x.repetition === y.repetition && a.variantId !== b.variantId;
}

export const flipped = { a: "b", b: "a", tie: "tie", both_bad: "both_bad" } as const;

/** Checks that two answers make a pair one can vote on (or mark as gold) and returns it in the
 * canonical order votes are stored in (smaller id first), with each answer's variant; `swapped`
 * says the order was reversed, so a choice given for the pair as sent must be flipped. */
export async function votePair(firstId: string, secondId: string) {
  const [a, b] = await Promise.all([assertCompletion(firstId), assertCompletion(secondId)]);
  if (!sameInput(a, b)) throw new AppError("validation", 400, "Votes compare two answers to the same input from different variants.");
  const swapped = firstId > secondId;
  const [first, second] = swapped ? [b, a] : [a, b];
  return { completionAId: first.id, completionBId: second.id, variantAId: first.variantId, variantBId: second.variantId, swapped };
}

/** Records (or changes) a reviewer's vote on a pair. The pair is stored in a canonical order so
 * that A-vs-B and B-vs-A are the same key; the choice is flipped to match. The request's first
 * answer is the one the reviewer saw on the left (the queue sends its left answer as
 * completionAId), kept for the side-bias check; the time from the queue serving the pair to this
 * vote is kept for the time-per-vote check (null when the queue never served it). A changed vote
 * records the side and time of the latest vote, which its choice came from. */
export async function vote(reviewer: AuthUser, input: z.input<typeof voteSchema>) {
  const data = voteSchema.parse(input);
  const { completionAId, completionBId, variantAId, variantBId, swapped } = await votePair(data.completionAId, data.completionBId);
  const choice = swapped ? flipped[data.choice] : data.choice;
  const served = await db().reviewAssignment.findUnique({
    where: { reviewerId_completionAId_completionBId: { reviewerId: reviewer.id, completionAId, completionBId } },
    select: { servedAt: true },
  });
  // Clamped to the column's range: a pair left open for weeks must not make the insert fail.
  const elapsedMs = served ? Math.min(2_147_483_647, Math.max(0, Date.now() - served.servedAt.getTime())) : null;
  const seen = { shownLeftId: data.completionAId, elapsedMs };
  return db().vote.upsert({
    where: { completionAId_completionBId_reviewerId: { completionAId, completionBId, reviewerId: reviewer.id } },
    create: { completionAId, completionBId, variantAId, variantBId, reviewerId: reviewer.id, choice, reason: data.reason ?? null, blind: data.blind, ...seen },
    update: { choice, reason: data.reason ?? null, blind: data.blind, ...seen },
  });
}
