// Scenario 3: what the compare path adds to the provider's time to first token, seen by a client
// of the real SSE route handler: first `completion.delta` at the client − the provider's TTFT as
// the server measured it, for 1, 4, 8 and 12 columns (the most a session allows).
import { POST as sendTurn } from "../app/api/v1/sessions/[id]/turns/route";
import { readSse } from "../lib/api/sse-parse";
import type { CompareEvent } from "../lib/compare/turn-runner";
import { db } from "../lib/db/client";
import { warmComparePath } from "../lib/compare/warm-up";
import { importModels } from "../lib/providers/models";
import { createSession } from "../lib/sessions/service";
import { createVariant } from "../lib/variants/service";
import { percentile } from "../lib/stats/percentile";
import type { WireServer } from "../tests/fixtures/wire-server";
import { phaseRecorder, phaseSummary, type ColumnPhases } from "./compare-phases";
import type { Raw, Row } from "./report";
import type { BenchWorld } from "./world";

/** The world's eight variants and four more on the same provider (bench-8 … bench-11). */
async function twelveVariants(world: BenchWorld): Promise<{ ids: string[]; models: string[] }> {
  const { model } = await db().variant.findUniqueOrThrow({ where: { id: world.variantIds[0] }, select: { model: { select: { providerId: true } } } });
  const models = Array.from({ length: 4 }, (_, i) => `bench-${8 + i}`);
  const ids = [...world.variantIds];
  const rows = (await importModels(model.providerId, models)).filter((row) => models.includes(row.modelId));
  for (const row of rows) ids.push((await createVariant({ name: `${row.modelId}-${world.stamp}`, modelId: row.id })).id);
  return { ids, models: [...world.models, ...models] };
}

/** Which turn of the process and of its session a sample is from: the first ones pay warm-ups. */
type TurnKind = "process-first" | "session-first" | "later";

export async function compareOverhead(wire: WireServer, world: BenchWorld, sizes: { turns: number; chunks: number; ttftMs: number }, rows: Row[], raw: Raw) {
  const variants = await twelveVariants(world);
  const variantModels = new Map((await db().variant.findMany({ where: { id: { in: variants.ids } }, select: { id: true, model: { select: { modelId: true } } } })).map((row) => [row.id, row.model.modelId]));
  for (const model of variants.models) wire.behave(model, { chunks: Array.from({ length: sizes.chunks }, (_, i) => ` t${i}`), ttftMs: sizes.ttftMs, chunkDelayMs: 5 });
  const recorder = phaseRecorder();
  const byKind: Record<TurnKind, { added: number[]; phases: ColumnPhases[] }> = { "process-first": { added: [], phases: [] }, "session-first": { added: [], phases: [] }, later: { added: [], phases: [] } };
  let processTurns = 0;
  try {
    // A one-column comparison is a two-column session with one column measured: sessions need two.
    // Every session is made before the first turn, as people make one and then type: a session made
    // right before its first turn slowed that turn's statements (a SELECT 1 included) from under
    // 1 ms to 7–17 ms at load 6–8, work the session's creation leaves behind, which no turn of the
    // app has right behind it (BENCHMARKS.md, "Compare path profiled").
    const sessions = new Map<number, string>();
    for (const columns of [1, 4, 8, 12]) sessions.set(columns, (await createSession({ variantIds: variants.ids.slice(0, Math.max(columns, 2)) }, world.userId)).id);
    // Then what `juxta web` does when it starts (lib/cli/web.ts), and what a web server has loaded
    // before its first route runs: Node loads its fetch classes on first use (a first
    // `new Request` took 122 ms at load 6.5, the next 0.3 ms).
    await warmComparePath();
    await new Response(new Request("http://bench/", { method: "POST", body: "{}" }).body).text();
    for (const columns of [1, 4, 8, 12]) {
      const sessionId = sessions.get(columns)!;
      const added: number[] = [];
      const phases: ColumnPhases[] = [];
      for (let turn = 0; turn < sizes.turns; turn++) {
        const kind: TurnKind = processTurns++ === 0 ? "process-first" : turn === 0 ? "session-first" : "later";
        recorder.reset();
        const started = performance.now();
        const response = await sendTurn(
          new Request("http://bench/api/v1/x", { method: "POST", headers: { authorization: world.authorization, "content-type": "application/json" }, body: JSON.stringify({ content: `Question ${turn}` }) }),
          { params: Promise.resolve({ id: sessionId }) },
        );
        const firstDelta = new Map<string, number>();
        const variantOf = new Map<string, string>();
        for await (const message of readSse(response.body!)) {
          const event = JSON.parse(message.data) as CompareEvent;
          if (event.type === "completion.start" && event.variantId) variantOf.set(event.completionId, event.variantId);
          if (event.type === "completion.delta" && !firstDelta.has(event.completionId)) firstDelta.set(event.completionId, performance.now() - started);
        }
        const completions = await db().completion.findMany({ where: { id: { in: [...firstDelta.keys()] } }, select: { id: true, ttftMs: true } });
        const measured = completions.slice(0, columns);
        const turnAdded = measured.map((completion) => firstDelta.get(completion.id)! - (completion.ttftMs ?? 0));
        const turnPhases = recorder.turn(
          response.headers.get("x-turn-id")!,
          started,
          measured.map((completion) => ({ completionId: completion.id, model: variantModels.get(variantOf.get(completion.id)!)!, clientFirstDelta: started + firstDelta.get(completion.id)! })),
        );
        added.push(...turnAdded);
        phases.push(...turnPhases);
        byKind[kind].added.push(...turnAdded);
        byKind[kind].phases.push(...turnPhases);
      }
      const p50 = percentile(added, 0.5)!;
      const p95 = percentile(added, 0.95)!;
      raw[`compare_${columns}`] = { samples: added.length, p50, p95, phases: phaseSummary(phases) };
      rows.push({ scenario: "3. Compare overhead", measure: `server-added TTFT, ${columns} column${columns > 1 ? "s" : ""} (p50 / p95)`, value: `${p50.toFixed(1)} / ${p95.toFixed(1)} ms`, target: columns >= 8 ? "p95 ≤ 5 ms" : "—", met: columns >= 8 ? p95 <= 5 : null });
    }
  } finally {
    recorder.close();
  }
  // Per turn kind: the first turn of the process and of each session against the rest.
  raw.compare_turns = Object.fromEntries(
    Object.entries(byKind).map(([kind, { added, phases }]) => [kind, { samples: added.length, p50: percentile(added, 0.5), p95: percentile(added, 0.95), max: Math.max(...added), phases: phaseSummary(phases) }]),
  );
  console.log(`Compare phases (ms, p50 / p95):\n${phaseTable(raw.compare_turns as Record<string, { phases: ReturnType<typeof phaseSummary> }>)}`);
}

function phaseTable(kinds: Record<string, { samples?: number; p50?: number | null; p95?: number | null; phases: ReturnType<typeof phaseSummary> }>): string {
  const names = Object.keys(Object.values(kinds)[0]?.phases ?? {});
  const cell = (value: { p50: number; p95: number } | undefined) => (value ? `${value.p50} / ${value.p95}` : "—");
  const header = `| turn | n | added | ${names.join(" | ")} |\n|${" --- |".repeat(names.length + 3)}`;
  const lines = Object.entries(kinds).map(([kind, entry]) => `| ${kind} | ${entry.samples} | ${entry.p50?.toFixed(1)} / ${entry.p95?.toFixed(1)} | ${names.map((name) => cell(entry.phases[name])).join(" | ")} |`);
  return [header, ...lines].join("\n");
}
