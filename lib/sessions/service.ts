// Compare sessions: the only place that creates, changes or deletes them.
import "server-only";
import { z } from "zod";
import { DEFAULT_TITLE } from "../format/title";
import { notFound } from "../api/errors";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { columnLabel, MAX_COLUMNS, MIN_COLUMNS } from "./column-label";
import { sessionPromptFields, sessionPromptSchema } from "./session-prompt";
import { sessionInclude, toSessionView, type SessionView } from "./views";


export const createSessionSchema = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    variantIds: z
      .array(z.uuid())
      .min(MIN_COLUMNS, `Pick at least ${MIN_COLUMNS} variants.`)
      .max(MAX_COLUMNS, `Pick at most ${MAX_COLUMNS} variants.`)
      .refine((ids) => new Set(ids).size === ids.length, "Pick each variant once."),
    blind: z.boolean().default(false),
    prompt: sessionPromptSchema.optional(),
  })
  .strict();

export const updateSessionSchema = z.object({ title: z.string().trim().min(1).max(200) }).strict();

export const listSessionsSchema = z.object({
  q: z.string().trim().max(200).optional(),
  sort: z.enum(["newest", "oldest", "title"]).default("newest"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

export async function createSession(input: z.input<typeof createSessionSchema>, userId: string): Promise<SessionView> {
  const data = createSessionSchema.parse(input);
  const found = await db().variant.count({ where: { id: { in: data.variantIds }, archivedAt: null } });
  if (found !== data.variantIds.length) throw notFound("One of those variants");
  // Blind sessions get their columns in a random order, so position gives nothing away.
  const order = data.blind ? shuffled(data.variantIds) : data.variantIds;
  const prompt = data.prompt ? await sessionPromptFields(data.prompt) : {};
  const row = await db().session.create({
    data: {
      title: data.title ?? DEFAULT_TITLE,
      blind: data.blind,
      createdById: userId,
      ...prompt,
      columns: { create: order.map((variantId, position) => ({ variantId, position })) },
    },
    include: sessionInclude,
  });
  return toSessionView(row);
}

export async function getSession(id: string): Promise<SessionView> {
  const row = await db().session.findUnique({ where: { id }, include: sessionInclude });
  if (!row) throw notFound("That session");
  return toSessionView(row);
}

export async function renameSession(id: string, title: string): Promise<SessionView> {
  await getSession(id);
  await db().session.update({ where: { id }, data: { title } });
  return getSession(id);
}

export async function deleteSession(id: string): Promise<void> {
  const { count } = await db().session.deleteMany({ where: { id } });
  if (count === 0) throw notFound("That session");
}

/** Names become visible; the time of the reveal is kept. Idempotent. */
export async function revealSession(id: string): Promise<SessionView> {
  await getSession(id);
  await db().session.updateMany({ where: { id, revealedAt: null }, data: { revealedAt: new Date() } });
  return getSession(id);
}

/** A new session with the same columns and prompt and no turns, for "compare again". */
export async function duplicateSession(id: string, userId: string): Promise<SessionView> {
  const source = await db().session.findUnique({ where: { id }, include: { columns: { orderBy: { position: "asc" } } } });
  if (!source) throw notFound("That session");
  const row = await db().session.create({
    data: {
      title: `${source.title} (copy)`,
      blind: source.blind,
      createdById: userId,
      promptVersionId: source.promptVersionId,
      promptSystem: source.promptSystem,
      columns: { create: source.columns.map((column) => ({ variantId: column.variantId, position: column.position })) },
    },
    include: sessionInclude,
  });
  return toSessionView(row);
}

/** Points a column at another variant for the turns to come; earlier answers keep theirs. */
export async function setColumnVariant(sessionId: string, columnId: string, variantId: string): Promise<SessionView> {
  const variant = await db().variant.findFirst({ where: { id: variantId, archivedAt: null } });
  if (!variant) throw notFound("That variant");
  const { count } = await db().sessionColumn.updateMany({ where: { id: columnId, sessionId }, data: { variantId } });
  if (count === 0) throw notFound("That column");
  await db().session.update({ where: { id: sessionId }, data: { updatedAt: new Date() } });
  return getSession(sessionId);
}

export interface SessionListItem {
  id: string;
  title: string;
  blind: boolean;
  columns: string[];
  turnCount: number;
  totalCostUsd: string;
  createdAt: Date;
  updatedAt: Date;
}

export async function listSessions(input: z.input<typeof listSessionsSchema>): Promise<{ sessions: SessionListItem[]; total: number; page: number; pageSize: number }> {
  const { q, sort, page, pageSize } = listSessionsSchema.parse(input);
  const where: Prisma.SessionWhereInput = q
    ? { OR: [{ title: { contains: q, mode: "insensitive" } }, { turns: { some: { content: { contains: q, mode: "insensitive" } } } }] }
    : {};
  const orderBy: Prisma.SessionOrderByWithRelationInput = sort === "title" ? { title: "asc" } : { createdAt: sort === "oldest" ? "asc" : "desc" };
  const [total, rows] = await Promise.all([
    db().session.count({ where }),
    db().session.findMany({
      where,
      orderBy,
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: { columns: { orderBy: { position: "asc" }, include: { variant: { select: { name: true } } } }, _count: { select: { turns: true } } },
    }),
  ]);
  const ids = rows.map((row) => row.id);
  const costs = ids.length === 0
    ? []
    : await db().$queryRaw<{ sessionId: string; cost: Prisma.Decimal | null }[]>`
        SELECT t."sessionId", SUM(c."costUsd") AS cost
        FROM "Completion" c JOIN "Turn" t ON t.id = c."turnId"
        WHERE t."sessionId" = ANY(${ids}::uuid[])
        GROUP BY t."sessionId"`;
  const costBySession = new Map(costs.map((cost) => [cost.sessionId, cost.cost?.toString() ?? "0"]));
  return {
    total,
    page,
    pageSize,
    sessions: rows.map((row) => ({
      id: row.id,
      title: row.title,
      blind: row.blind,
      columns: row.columns.map((column) => (row.blind && !row.revealedAt ? `Variant ${columnLabel(column.position)}` : column.variant.name)),
      turnCount: row._count.turns,
      totalCostUsd: costBySession.get(row.id) ?? "0",
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    })),
  };
}
