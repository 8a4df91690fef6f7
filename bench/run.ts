// `npm run bench [-- --quick]`: performance goals measured, never asserted (tests do not fail on
// timing). Prints a markdown table and writes bench/results/<timestamp>.json. See BENCHMARKS.md.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { POST as sendTurn } from "../app/api/v1/sessions/[id]/turns/route";
import { readSse } from "../lib/api/sse-parse";
import { createApiToken } from "../lib/auth/api-tokens";
import { createUser } from "../lib/auth/users";
import type { CompareEvent } from "../lib/compare/turn-runner";
import { db, disconnectDb } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrate";
import { startThrowawayPostgres } from "../lib/db/throwaway-postgres";
import { importModels } from "../lib/providers/models";
import { createProvider } from "../lib/providers/service";
import { generateSecretKey } from "../lib/secrets/crypto";
import { createSession } from "../lib/sessions/service";
import { percentile } from "../lib/stats/percentile";
import { createVariant } from "../lib/variants/service";
import { startWireServer } from "../tests/fixtures/wire-server";

const quick = process.argv.includes("--quick");
const write = !process.argv.includes("--no-write");
const sizes = quick ? { turns: 2, chunks: 5, ttftMs: 20 } : { turns: 15, chunks: 50, ttftMs: 200 };

interface Row {
  scenario: string;
  measure: string;
  value: string;
  target: string;
  met: boolean | null;
}

async function compareOverhead(authorization: string, variantIds: string[], rows: Row[], raw: Record<string, unknown>) {
  for (const columns of [1, 4, 8]) {
    const session = await createSession({ variantIds: variantIds.slice(0, Math.max(columns, 2)) }, (await db().user.findFirstOrThrow()).id);
    // A one-column comparison is a two-column session with one column measured: sessions need two.
    const added: number[] = [];
    for (let turn = 0; turn < sizes.turns; turn++) {
      const started = performance.now();
      const response = await sendTurn(
        new Request("http://bench/api/v1/x", { method: "POST", headers: { authorization, "content-type": "application/json" }, body: JSON.stringify({ content: `Question ${turn}` }) }),
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
    rows.push({ scenario: "3. Compare overhead", measure: `server-added TTFT, ${columns} column${columns > 1 ? "s" : ""} (p50 / p95)`, value: `${p50.toFixed(1)} / ${p95.toFixed(1)} ms`, target: columns === 8 ? "p95 ≤ 5 ms" : "—", met: columns === 8 ? p95 <= 5 : null });
  }
}

async function main() {
  const server = process.env.DATABASE_URL ? null : await startThrowawayPostgres();
  process.env.DATABASE_URL ??= server!.url;
  process.env.JUXTA_SECRET_KEY ??= generateSecretKey();
  process.env.JUXTA_LOG_LEVEL ??= "warn";
  if (server) await applyMigrations(process.env.DATABASE_URL);
  const wire = await startWireServer();
  const rows: Row[] = [];
  const raw: Record<string, unknown> = {};
  try {
    wire.behave("bench", { chunks: Array.from({ length: sizes.chunks }, (_, i) => ` t${i}`), ttftMs: sizes.ttftMs, chunkDelayMs: 5 });
    const stamp = Date.now().toString(36);
    const user = await createUser({ name: "Bench", email: `bench-${stamp}@example.com`, password: "bench-password", role: "editor" });
    const authorization = `Bearer ${(await createApiToken(user.id, "bench")).token}`;
    const provider = await createProvider({ name: `Bench wire ${stamp}`, kind: "openai_compatible", baseUrl: wire.openaiBaseUrl });
    const [model] = await importModels(provider.id, ["bench"]);
    const variantIds: string[] = [];
    for (let i = 0; i < 8; i++) variantIds.push((await createVariant({ name: `bench-${stamp}-${i}`, modelId: model!.id })).id);
    await compareOverhead(authorization, variantIds, rows, raw);
    for (const [scenario, why] of [
      ["1. Replay throughput", "needs batch runs (issue #5)"],
      ["2. Realistic latency", "needs batch runs (issue #5)"],
      ["4. Scale", "needs runs and the seeding of 100k completions (next)"],
      ["5. Cold start", "measured by hand so far: ~140 s on a fresh clone (README)"],
    ] as const) {
      rows.push({ scenario, measure: "not measured yet", value: why, target: "—", met: null });
    }
  } finally {
    await wire.close();
    await disconnectDb();
    await server?.stop();
  }

  const table = ["| Scenario | Measure | Value | Target | Met |", "| --- | --- | --- | --- | --- |", ...rows.map((row) => `| ${row.scenario} | ${row.measure} | ${row.value} | ${row.target} | ${row.met === null ? "—" : row.met ? "yes" : "no"} |`)];
  console.log(`\nJuxta bench${quick ? " (quick)" : ""} — ${new Date().toISOString()}\n\n${table.join("\n")}\n`);
  if (write) {
    const dir = path.join(import.meta.dirname, "results");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}${quick ? "-quick" : ""}.json`);
    writeFileSync(file, JSON.stringify({ quick, sizes, rows, raw }, null, 2));
    console.log(`Wrote ${path.relative(process.cwd(), file)}`);
  }
  // The schema engine leaves a timer behind after migrating; nothing else is left to wait for.
  process.exit(0);
}

await main();
