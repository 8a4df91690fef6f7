// Scenario 3: what the compare path adds to the provider's time to first token, seen by a client
// of the real SSE route handler: first `completion.delta` at the client − the provider's TTFT as
// the server measured it, for 1, 4, 8 and 12 columns (the most a session allows).
import { POST as sendTurn } from "../app/api/v1/sessions/[id]/turns/route";
import { readSse } from "../lib/api/sse-parse";
import type { CompareEvent } from "../lib/compare/turn-runner";
import { db } from "../lib/db/client";
import { importModels } from "../lib/providers/models";
import { createSession } from "../lib/sessions/service";
import { createVariant } from "../lib/variants/service";
import { percentile } from "../lib/stats/percentile";
import type { WireServer } from "../tests/fixtures/wire-server";
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

export async function compareOverhead(wire: WireServer, world: BenchWorld, sizes: { turns: number; chunks: number; ttftMs: number }, rows: Row[], raw: Raw) {
  const variants = await twelveVariants(world);
  for (const model of variants.models) wire.behave(model, { chunks: Array.from({ length: sizes.chunks }, (_, i) => ` t${i}`), ttftMs: sizes.ttftMs, chunkDelayMs: 5 });
  for (const columns of [1, 4, 8, 12]) {
    // A one-column comparison is a two-column session with one column measured: sessions need two.
    const session = await createSession({ variantIds: variants.ids.slice(0, Math.max(columns, 2)) }, world.userId);
    const added: number[] = [];
    for (let turn = 0; turn < sizes.turns; turn++) {
      const started = performance.now();
      const response = await sendTurn(
        new Request("http://bench/api/v1/x", { method: "POST", headers: { authorization: world.authorization, "content-type": "application/json" }, body: JSON.stringify({ content: `Question ${turn}` }) }),
        { params: Promise.resolve({ id: session.id }) },
      );
      const firstDelta = new Map<string, number>();
      for await (const message of readSse(response.body!)) {
        const event = JSON.parse(message.data) as CompareEvent;
        if (event.type === "completion.delta" && !firstDelta.has(event.completionId)) firstDelta.set(event.completionId, performance.now() - started);
      }
      const completions = await db().completion.findMany({ where: { id: { in: [...firstDelta.keys()] } }, select: { id: true, ttftMs: true } });
      for (const completion of completions.slice(0, columns)) added.push(firstDelta.get(completion.id)! - (completion.ttftMs ?? 0));
    }
    const p50 = percentile(added, 0.5)!;
    const p95 = percentile(added, 0.95)!;
    raw[`compare_${columns}`] = { samples: added.length, p50, p95 };
    rows.push({ scenario: "3. Compare overhead", measure: `server-added TTFT, ${columns} column${columns > 1 ? "s" : ""} (p50 / p95)`, value: `${p50.toFixed(1)} / ${p95.toFixed(1)} ms`, target: columns >= 8 ? "p95 ≤ 5 ms" : "—", met: columns >= 8 ? p95 <= 5 : null });
  }
}
