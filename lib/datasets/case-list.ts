// The dataset page's view of its cases: one page at a time, filtered in SQL, so a 100,000-case
// dataset costs one page of rows in the browser — plus the summary its filters are built from
// (tags with counts, variable names, how many cases carry assertions).
import "server-only";
import { z } from "zod";
import type { Assertion } from "../assertions/schema";
import { notFound } from "../api/errors";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { ChatMessage } from "../providers/types";
import { assertDataset, datasetHeader } from "./service";

export const listCasesSchema = z.object({
  /** Matched, case-insensitively, against variable values, message contents and the expected output. */
  q: z.string().trim().max(200).optional(),
  /** Comma-separated: a case must carry every one of them. */
  tags: z
    .string()
    .max(2000)
    .optional()
    .transform((value) => (value ? value.split(",").map((tag) => tag.trim()).filter(Boolean) : [])),
  assertions: z.enum(["with", "without"]).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export interface CaseRow {
  id: string;
  position: number;
  variables: Record<string, unknown>;
  messages: ChatMessage[] | null;
  expectedOutput: string | null;
  tags: string[];
  assertions: Assertion[];
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

function filters(datasetId: string, query: z.output<typeof listCasesSchema>): Prisma.Sql {
  const parts = [Prisma.sql`t."datasetId" = ${datasetId}::uuid`];
  if (query.q) {
    const pattern = likePattern(query.q);
    parts.push(Prisma.sql`(t."expectedOutput" ILIKE ${pattern}
      OR EXISTS (SELECT 1 FROM jsonb_each_text(CASE WHEN jsonb_typeof(t.variables) = 'object' THEN t.variables ELSE '{}' END) v WHERE v.value ILIKE ${pattern})
      OR EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(t.messages) = 'array' THEN t.messages ELSE '[]' END) m WHERE m->>'content' ILIKE ${pattern}))`);
  }
  if (query.tags.length > 0) parts.push(Prisma.sql`t.tags @> ${query.tags}::text[]`);
  if (query.assertions === "with") parts.push(Prisma.sql`jsonb_array_length(t.assertions) > 0`);
  if (query.assertions === "without") parts.push(Prisma.sql`jsonb_array_length(t.assertions) = 0`);
  return Prisma.join(parts, " AND ");
}

/** `query` as listCasesSchema parsed it (tags split into a list). */
export async function listCases(datasetId: string, query: z.output<typeof listCasesSchema>) {
  await assertDataset(datasetId);
  const where = filters(datasetId, query);
  const [rows, [counted]] = await Promise.all([
    db().$queryRaw<CaseRow[]>`
      SELECT t.id, t.position, t.variables, t.messages, t."expectedOutput", t.tags, t.assertions
      FROM "TestCase" t WHERE ${where} ORDER BY t.position
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    db().$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "TestCase" t WHERE ${where}`,
  ]);
  return { cases: rows, total: counted!.total, page: query.page, pageSize: query.pageSize };
}

const TAGS_SHOWN = 200;
const VARIABLES_SHOWN = 50;

/** The dataset without its cases: what the page header, the filters and the case editor need. */
export async function getDatasetSummary(id: string) {
  const row = await db().dataset.findFirst({ where: { id, archivedAt: null } });
  if (!row) throw notFound("That dataset");
  const [[counts], tags, variables] = await Promise.all([
    db().$queryRaw<{ cases: number; withAssertions: number; conversations: number }[]>`
      SELECT count(*)::int AS cases, count(*) FILTER (WHERE jsonb_array_length(assertions) > 0)::int AS "withAssertions",
        count(*) FILTER (WHERE messages IS NOT NULL)::int AS conversations
      FROM "TestCase" WHERE "datasetId" = ${id}::uuid`,
    db().$queryRaw<{ tag: string; count: number }[]>`
      SELECT tag, count(*)::int AS count FROM "TestCase", unnest(tags) AS tag
      WHERE "datasetId" = ${id}::uuid GROUP BY tag ORDER BY count DESC, tag LIMIT ${TAGS_SHOWN}`,
    db().$queryRaw<{ name: string }[]>`
      SELECT DISTINCT jsonb_object_keys(variables) AS name FROM "TestCase"
      WHERE "datasetId" = ${id}::uuid AND jsonb_typeof(variables) = 'object' ORDER BY name LIMIT ${VARIABLES_SHOWN}`,
  ]);
  return {
    ...datasetHeader(row),
    caseCount: counts!.cases,
    withAssertions: counts!.withAssertions,
    conversations: counts!.conversations,
    tags,
    variableNames: variables.map((variable) => variable.name),
  };
}
