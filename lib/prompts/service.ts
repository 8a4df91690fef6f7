// The prompt library: named templates with immutable, numbered versions. The only place that
// writes them; a change is always a new version.
import "server-only";
import { z } from "zod";
import { AppError, conflict, notFound } from "../api/errors";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { createNextVersion } from "../db/next-version";
import type { Prisma } from "../db/generated/client";
import type { ChatMessage } from "../providers/types";
import type { PromptDetail, PromptVersionView } from "./api-schemas";
import { extractVariables, MissingVariablesError, renderTemplate } from "./template";

const messagesSchema = z
  .array(z.object({ role: z.enum(["system", "user", "assistant"]), content: z.string().max(200_000) }).strict())
  .min(1, "A template needs at least one message.")
  .max(100)
  .refine((messages) => messages.some((message) => message.role === "user"), "A template needs a user message.");

export const createPromptSchema = z
  .object({
    name: z.string().trim().min(1, "Give the prompt a name.").max(120).regex(/^[^@]+$/, "Prompt names cannot contain @ (it separates name and version)."),
    description: z.string().max(2000).default(""),
    messages: messagesSchema,
    note: z.string().max(2000).default(""),
  })
  .strict();

export const newVersionSchema = z.object({ messages: messagesSchema, note: z.string().max(2000).default("") }).strict();
export const renderSchema = z.object({ version: z.number().int().positive().optional(), values: z.record(z.string(), z.unknown()).default({}) }).strict();

const versionInclude = { createdBy: { select: { name: true } } } as const;
type VersionRow = Prisma.PromptVersionGetPayload<{ include: typeof versionInclude }>;

const toVersion = (row: VersionRow): PromptVersionView => ({
  id: row.id,
  version: row.version,
  messages: row.messages as unknown as ChatMessage[],
  variables: row.variables,
  note: row.note,
  createdAt: row.createdAt,
  createdBy: row.createdBy?.name ?? null,
});

export async function listPrompts() {
  const rows = await db().prompt.findMany({
    where: { archivedAt: null },
    orderBy: { name: "asc" },
    include: { versions: { orderBy: { version: "desc" }, take: 1, include: versionInclude } },
  });
  return rows.map((row) => ({ id: row.id, name: row.name, description: row.description, updatedAt: row.updatedAt, latest: row.versions[0] ? toVersion(row.versions[0]) : null }));
}

export async function getPrompt(id: string): Promise<PromptDetail> {
  const row = await db().prompt.findFirst({ where: { id, archivedAt: null }, include: { versions: { orderBy: { version: "desc" }, include: versionInclude } } });
  if (!row) throw notFound("That prompt");
  return { id: row.id, name: row.name, description: row.description, createdAt: row.createdAt, versions: row.versions.map(toVersion) };
}

export async function createPrompt(input: z.input<typeof createPromptSchema>, userId: string) {
  const data = createPromptSchema.parse(input);
  try {
    const row = await db().prompt.create({
      data: {
        name: data.name,
        description: data.description,
        versions: { create: { version: 1, messages: data.messages, variables: extractVariables(data.messages), note: data.note, createdById: userId } },
      },
    });
    return getPrompt(row.id);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A prompt named "${data.name}" already exists.`);
    throw error;
  }
}

/** Adds version n+1; two editors saving at once both get one (lib/db/next-version.ts). */
export async function addVersion(promptId: string, input: z.input<typeof newVersionSchema>, userId: string): Promise<PromptVersionView> {
  const data = newVersionSchema.parse(input);
  await getPrompt(promptId);
  const created = await createNextVersion(
    () => db().promptVersion.findFirst({ where: { promptId }, orderBy: { version: "desc" }, select: { version: true } }),
    async (version) => {
      const row = await db().promptVersion.create({
        data: { promptId, version, messages: data.messages, variables: extractVariables(data.messages), note: data.note, createdById: userId },
        include: versionInclude,
      });
      await db().prompt.update({ where: { id: promptId }, data: { updatedAt: new Date() } });
      return row;
    },
  );
  if (created) return toVersion(created);
  throw conflict("Too many versions were saved at once; try again.");
}

/** A version (the latest by default) with its variables filled in. */
export async function renderPrompt(promptId: string, input: z.input<typeof renderSchema>): Promise<{ version: number; messages: ChatMessage[] }> {
  const { version, values } = renderSchema.parse(input);
  const prompt = await getPrompt(promptId);
  const chosen = version === undefined ? prompt.versions[0] : prompt.versions.find((item) => item.version === version);
  if (!chosen) throw notFound(`Version ${version} of "${prompt.name}"`);
  try {
    return { version: chosen.version, messages: renderTemplate(chosen.messages, values) };
  } catch (error) {
    if (error instanceof MissingVariablesError) throw new AppError("validation", 400, error.message, { missing: error.missing });
    throw error;
  }
}
