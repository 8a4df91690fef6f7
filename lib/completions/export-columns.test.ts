import { describe, expect, it } from "vitest";
import { sessionToCsv } from "../sessions/export";
import type { SessionView } from "../sessions/views";
import { COMPLETION_EXPORT_HEADERS, completionExportCells } from "./export-columns";
import type { CompletionMetrics } from "./view";

const metrics: CompletionMetrics = { ttftMs: 100, totalMs: 1100, inputTokens: 1000, outputTokens: 300, cachedInputTokens: 400, cacheWriteInputTokens: null, reasoningTokens: 200, tokensEstimated: false, tokensPerSecond: 300, costUsd: "0.00500000", attempts: 1, finishReason: "stop" };

const session = (shown: CompletionMetrics | null): SessionView => ({
  id: "s",
  title: "t",
  blind: shown === null,
  revealed: false,
  prompt: null,
  createdAt: new Date(0),
  updatedAt: new Date(0),
  columns: [{ id: "c", position: 0, label: "A", variant: null }],
  turns: [{ id: "t", index: 0, content: "Hi", createdAt: new Date(0), completions: [{ id: "x", columnId: "c", status: "done", text: "Hello", errorKind: null, errorMessage: null, metrics: shown, revision: null, createdAt: new Date(0) }] }],
});

const rows = (csv: string) => csv.trim().split("\r\n").map((line) => line.split(","));

describe("completion export columns", () => {
  it("end a session export, with the cost as the view's decimal string, untouched", () => {
    const [header, row] = rows(sessionToCsv(session(metrics)));
    expect(header!.slice(-COMPLETION_EXPORT_HEADERS.length)).toEqual(COMPLETION_EXPORT_HEADERS);
    const cell = (name: string) => row![header!.indexOf(name)];
    // tokens per second: 300 output tokens over 1100 − 100 ms of generation = 300.0.
    expect([cell("cost_usd"), cell("cached_input_tokens"), cell("cache_write_input_tokens"), cell("tokens_per_s"), cell("answer")]).toEqual(["0.00500000", "400", "", "300.0", "Hello"]);
  });

  it("stay empty but for the text when the measurements are hidden (blind), and all empty with no answer", () => {
    const [header, row] = rows(sessionToCsv(session(null)));
    expect(row![header!.indexOf("cost_usd")]).toBe("");
    expect(row!.at(-1)).toBe("Hello");
    expect(completionExportCells(null)).toEqual(COMPLETION_EXPORT_HEADERS.map(() => ""));
  });
});
