// A session as a file: JSON (everything, for machines), CSV (one row per answer, for
// spreadsheets) and Markdown (for reading and pasting into a doc). Blind sessions stay blind.
import { formatTokenDetails } from "../metrics/token-details";
import { toCsv } from "../api/csv";
import { COMPLETION_EXPORT_HEADERS, completionExportCells } from "../completions/export-columns";
import { latestCompletion } from "./latest-completion";
import type { ColumnView, SessionView } from "./views";

export const exportFormats = ["json", "csv", "md"] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The session's prompt as "name@vN", as runs name prompt versions; "" without one. */
const promptName = (session: SessionView) => (!session.prompt ? "" : session.prompt.name === null ? "(deleted prompt)" : `${session.prompt.name}@v${session.prompt.version}`);

const columnName = (column: ColumnView) =>
  column.variant ? `${column.variant.name} (${column.variant.model} · ${column.variant.provider}${column.variant.simulated ? ", simulated" : ""})` : `Variant ${column.label}`;

export function sessionToCsv(session: SessionView): string {
  // "prompt" is the turn's message (as it always was); the session's prompt has its own columns.
  const header = ["turn", "prompt", "column", "variant", "model", "provider", "simulated", "session_prompt", "prompt_system_message", "status", ...COMPLETION_EXPORT_HEADERS];
  const rows = session.turns.flatMap((turn) =>
    session.columns.map((column) => {
      const answer = latestCompletion(turn, column.id);
      return [
        turn.index + 1,
        turn.content,
        column.label,
        column.variant?.name ?? `Variant ${column.label}`,
        column.variant?.model ?? "",
        column.variant?.provider ?? "",
        column.variant ? column.variant.simulated : "",
        promptName(session),
        session.prompt?.systemMessage ?? "",
        answer?.status ?? "missing",
        ...completionExportCells(answer),
      ];
    }),
  );
  return toCsv([header, ...rows]);
}

export function sessionToMarkdown(session: SessionView): string {
  const lines = [`# ${session.title}`, "", `Exported from Juxta · ${session.columns.length} columns · ${session.turns.length} turns${session.blind && !session.revealed ? " · blind" : ""}`, ""];
  if (session.prompt) {
    lines.push(`Prompt: ${promptName(session)}`, "");
    if (session.prompt.systemMessage) lines.push("System message, sent after each column's own system prompt:", "", ...session.prompt.systemMessage.split("\n").map((line) => `> ${line}`), "");
  }
  lines.push("| Column | Variant |", "| --- | --- |", ...session.columns.map((column) => `| ${column.label} | ${columnName(column).replaceAll("|", "\\|")} |`), "");
  for (const turn of session.turns) {
    lines.push(`## Turn ${turn.index + 1}`, "", ...turn.content.split("\n").map((line) => `> ${line}`), "");
    for (const column of session.columns) {
      const answer = latestCompletion(turn, column.id);
      lines.push(`### ${column.label}: ${columnName(column)}`, "");
      if (!answer) {
        lines.push("_No answer._", "");
        continue;
      }
      const m = answer.metrics;
      const facts = m
        ? [
            m.ttftMs !== null && `TTFT ${m.ttftMs} ms`,
            m.totalMs !== null && `total ${m.totalMs} ms`,
            m.outputTokens !== null && `${m.inputTokens} → ${m.outputTokens} tokens${m.tokensEstimated ? " (estimated)" : ""}${formatTokenDetails(m) ? ` (${formatTokenDetails(m)})` : ""}`,
            m.tokensPerSecond !== null && `${m.tokensPerSecond.toFixed(1)} tok/s`,
            m.costUsd !== null && `$${m.costUsd}`,
          ].filter(Boolean)
        : ["metrics hidden until names are revealed"];
      lines.push(`_${facts.join(" · ")}_`, "");
      if (answer.status !== "done") lines.push(`**${answer.status}${answer.errorKind ? ` (${answer.errorKind})` : ""}:** ${answer.errorMessage ?? ""}`, "");
      lines.push(answer.text || "_(empty)_", "");
    }
  }
  return lines.join("\n");
}

export function exportSession(session: SessionView, format: ExportFormat): { body: string; contentType: string; filename: string } {
  const slug = session.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "session";
  switch (format) {
    case "json":
      return { body: JSON.stringify({ exportedAt: new Date().toISOString(), session }, null, 2), contentType: "application/json", filename: `${slug}.json` };
    case "csv":
      return { body: sessionToCsv(session), contentType: "text/csv; charset=utf-8", filename: `${slug}.csv` };
    case "md":
      return { body: sessionToMarkdown(session), contentType: "text/markdown; charset=utf-8", filename: `${slug}.md` };
  }
}
