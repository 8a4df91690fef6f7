// The budget holds against a provider whose answers got longer than the run's estimate assumed:
// every call reserves its worst case (input tokens + max_tokens, priced) before it starts, so
// calls that could overrun the budget never start, and the run stops at the budget keeping what
// finished. Real worker code (executeRun), the official SDK against the wire server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { countMessageTokens } from "../../lib/providers/tokens";
import { createRun } from "../../lib/runs/create-run";
import { executeRun } from "../../lib/runs/execute-run";
import { updateVariant } from "../../lib/variants/service";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";
import { closeJobSender } from "../../lib/jobs/sender";

let wire: WireServer;
let world: RunWorld;
const CASES = 12;
const MAX_TOKENS = 100;
// $10 in and $1,000 out per million tokens: one full answer of 100 tokens costs $0.10.
const PRICES = { inputPricePerMTok: "10", outputPricePerMTok: "1000" };

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["costly"], CASES, "-budget");
  await db().model.updateMany({ where: { providerId: world.providerId }, data: PRICES });
  await updateVariant(world.variants.costly!, { maxTokens: MAX_TOKENS });
});
afterAll(async () => {
  await closeJobSender();
  await wire.close();
});

async function spentUsd(runId: string): Promise<number> {
  const rows = await db().$queryRaw<Array<{ spent: string | null }>>`
    SELECT sum(c."costUsd")::text AS spent FROM "RunItem" i JOIN "Completion" c ON c.id = i."completionId" WHERE i."runId" = ${runId}::uuid`;
  return Number(rows[0]?.spent ?? 0);
}

describe("a run's budget", () => {
  it("never starts a call whose worst case does not fit, and stops at the budget keeping what finished", async () => {
    const variant = `v-costly-budget`;
    // The variant's recent answers were short (5 tokens), so the run is estimated well under its
    // budget; then the provider starts answering at max_tokens. The provider reports 1 input
    // token, fewer than we count, so each call costs at most its reservation.
    wire.behave("costly", { chunks: Array.from({ length: 5 }, () => "w "), inputTokens: 1, chunkDelayMs: 2 });
    const warmUp = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: [variant], concurrency: 4 }, world.userId);
    expect(await executeRun(warmUp.id, { pollMs: 50 })).toBe("finished");

    wire.behave("costly", { chunks: Array.from({ length: MAX_TOKENS }, () => "w "), inputTokens: 1, chunkDelayMs: 2 });
    const budgetUsd = 0.25;
    const concurrency = 4;
    const { id } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: [variant], concurrency, budgetUsd }, world.userId);
    const run = await db().run.findUniqueOrThrow({ where: { id } });
    expect(Number(run.estimatedCostUsd)).toBeLessThan(budgetUsd);

    wire.resetPeak();
    const requestsBefore = wire.requests.length;
    expect(await executeRun(id, { pollMs: 50 })).toBe("finished");

    // The worst case of one call: the longest rendered request, at max_tokens.
    const inputTokens = Math.max(...Array.from({ length: CASES }, (_, i) => countMessageTokens([{ role: "user", content: `Capital of Country${i}?` }])));
    const worstCallUsd = (inputTokens * 10 + MAX_TOKENS * 1000) / 1e6;
    const spent = await spentUsd(id);
    // The bound promised to users: over by at most the calls in flight…
    expect(spent).toBeLessThanOrEqual(budgetUsd + concurrency * worstCallUsd);
    // …and, as every call here cost at most its reservation, not over at all; and it stopped
    // only when the next call's worst case no longer fitted.
    expect(spent).toBeLessThanOrEqual(budgetUsd);
    expect(spent).toBeGreaterThan(budgetUsd - worstCallUsd);
    // Two reservations fit under $0.25, so no more than two calls were ever under way at once.
    const started = wire.requests.length - requestsBefore;
    expect(started).toBe(Math.floor(budgetUsd / worstCallUsd));
    expect(wire.peakInFlight()).toBeLessThanOrEqual(Math.floor(budgetUsd / worstCallUsd));

    const ended = await db().run.findUniqueOrThrow({ where: { id } });
    expect(ended.status).toBe("cancelled");
    expect(ended.error).toBe(`Stopped at the budget: spent $${spent.toFixed(4)} of $${budgetUsd}.`);
    const items = await db().runItem.groupBy({ by: ["status"], where: { runId: id }, _count: true });
    const count = (status: string) => items.find((row) => row.status === status)?._count ?? 0;
    expect(count("done")).toBe(started);
    expect(count("cancelled")).toBe(CASES - started);
  });

  it("refuses a budget smaller than the worst case of one call", async () => {
    await expect(
      createRun({ kind: "load", prompt: world.promptName, variants: ["v-costly-budget"], variables: { country: "Oman" }, requests: 1, budgetUsd: 0.05 }, world.userId),
    ).rejects.toThrow(/^One call may cost up to \$0\.1\d{3} \(\d+ input tokens and 100 output tokens at most\), more than the budget of \$0\.05\./);
    expect(await db().run.count({ where: { kind: "load" } })).toBe(0);
  });
});
