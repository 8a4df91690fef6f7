// How a session reads: the shape every page, export and API answer share. In blind mode, until
// the reveal, nothing that names a variant leaves the server.
import type { Prisma } from "../db/generated/client";
import { BLIND_ERROR, metricsOf, type CompletionMetrics } from "../completions/view";
import { columnLabel } from "./column-label";

export const sessionInclude = {
  promptVersion: { select: { version: true, prompt: { select: { id: true, name: true } } } },
  columns: { orderBy: { position: "asc" }, include: { variant: { include: { model: { include: { provider: { select: { id: true, name: true, kind: true } } } } } } } },
  turns: { orderBy: { index: "asc" }, include: { completions: { orderBy: { createdAt: "asc" }, include: { variantRevision: { select: { number: true } } } } } },
} as const satisfies Prisma.SessionInclude;

type SessionRow = Prisma.SessionGetPayload<{ include: typeof sessionInclude }>;

export interface CompletionView {
  id: string;
  columnId: string | null;
  status: "streaming" | "done" | "error" | "cancelled";
  text: string;
  errorKind: string | null;
  errorMessage: string | null;
  /** Null in a blind session until the reveal: timings, tokens and cost tell models apart. */
  metrics: CompletionMetrics | null;
  /** The variant revision that answered; null while blind (and for answers older than revisions). */
  revision: number | null;
  createdAt: Date;
}

export interface ColumnView {
  id: string;
  position: number;
  /** "A", "B", … — the name in blind mode, a handy short name otherwise. */
  label: string;
  variant: { id: string; name: string; model: string; provider: string; simulated: boolean } | null;
}

/** The prompt a session was opened from; name and version are null once that prompt is deleted
 * (its system message stays: the answers were made with it). */
export interface SessionPromptView {
  promptId: string | null;
  name: string | null;
  version: number | null;
  systemMessage: string | null;
}

export interface SessionView {
  id: string;
  title: string;
  blind: boolean;
  revealed: boolean;
  prompt: SessionPromptView | null;
  createdAt: Date;
  updatedAt: Date;
  columns: ColumnView[];
  turns: { id: string; index: number; content: string; createdAt: Date; completions: CompletionView[] }[];
}


export function toSessionView(row: SessionRow): SessionView {
  const hidden = row.blind && row.revealedAt === null;
  return {
    id: row.id,
    title: row.title,
    blind: row.blind,
    revealed: row.revealedAt !== null,
    prompt: promptOf(row),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    columns: row.columns.map((column) => ({
      id: column.id,
      position: column.position,
      label: columnLabel(column.position),
      variant: hidden
        ? null
        : {
            id: column.variant.id,
            name: column.variant.name,
            model: column.variant.model.displayName,
            provider: column.variant.model.provider.name,
            simulated: column.variant.model.provider.kind === "simulated",
          },
    })),
    turns: row.turns.map((turn) => ({
      id: turn.id,
      index: turn.index,
      content: turn.content,
      createdAt: turn.createdAt,
      completions: turn.completions.map((completion) => ({
        id: completion.id,
        columnId: completion.columnId,
        status: completion.status,
        text: completion.text,
        errorKind: completion.errorKind,
        errorMessage: hidden && completion.errorMessage ? BLIND_ERROR : completion.errorMessage,
        metrics: hidden ? null : metricsOf(completion),
        revision: hidden ? null : (completion.variantRevision?.number ?? null),
        createdAt: completion.createdAt,
      })),
    })),
  };
}

function promptOf(row: SessionRow): SessionPromptView | null {
  if (!row.promptVersion && row.promptSystem === null) return null;
  return { promptId: row.promptVersion?.prompt.id ?? null, name: row.promptVersion?.prompt.name ?? null, version: row.promptVersion?.version ?? null, systemMessage: row.promptSystem };
}
