// A run's cost estimate against what it then cost, on the built-in simulated provider. The first
// run of each kind gives the variant a history of answers; the second run's estimate, made from
// that history and the tokenizer's count of each rendered request, must land within ±30 % of its
// actual cost. Only the ratio is checked: the simulated answers' wording and lengths may change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../lib/auth/users";
import { createDataset, importCases } from "../../lib/datasets/service";
import { db } from "../../lib/db/client";
import { createPrompt } from "../../lib/prompts/service";
import { createProvider } from "../../lib/providers/service";
import { createRun } from "../../lib/runs/create-run";
import { executeRun } from "../../lib/runs/execute-run";
import type { CreateRunInput } from "../../lib/runs/schemas";
import { createVariant } from "../../lib/variants/service";
import { closeJobSender } from "../../lib/jobs/sender";

let userId: string;

beforeAll(async () => {
  userId = (await createUser({ name: "Estimator", email: "estimator@example.com", password: "long-enough", role: "editor" })).id;
  // Fast simulated calls keep the test quick; lengths and prices are what a user would see.
  const provider = await createProvider({ name: "Simulated fast", kind: "simulated", settings: { simulated: { speed: 200, profiles: {} } } });
  const models = await db().model.findMany({ where: { providerId: provider.id } });
  const model = (modelId: string) => models.find((row) => row.modelId === modelId)!.id;
  await createVariant({ name: "replayed", modelId: model("sim-large") });
  await createVariant({ name: "loaded", modelId: model("sim-balanced") });
  await createPrompt({ name: "cities", messages: [{ role: "system", content: "Answer in a few sentences." }, { role: "user", content: "What is {{city}} known for?" }] }, userId);
  const dataset = await createDataset({ name: "cities" });
  const cities = ["Paris", "Lagos", "Lima", "Osaka", "Tromsø", "Cusco", "Hanoi", "Perth", "Quebec City", "Marrakesh", "Reykjavík", "Valparaíso"];
  // Short expected outputs, as real datasets have: the answers are far longer.
  await importCases(dataset.id, { format: "jsonl", content: cities.map((city) => JSON.stringify({ variables: { city }, expected: city })).join("\n") });
});
afterAll(async () => {
  await closeJobSender();
});

/** Runs to the end; returns its estimate and what its calls cost. */
async function runOnce(input: CreateRunInput) {
  const { id } = await createRun(input, userId);
  expect(await executeRun(id, { pollMs: 20 })).toBe("finished");
  const run = await db().run.findUniqueOrThrow({ where: { id } });
  expect(run.status).toBe("done");
  const rows = await db().$queryRaw<Array<{ spent: string }>>`
    SELECT sum(c."costUsd")::text AS spent FROM "RunItem" i JOIN "Completion" c ON c.id = i."completionId" WHERE i."runId" = ${id}::uuid`;
  return { estimated: Number(run.estimatedCostUsd), actual: Number(rows[0]!.spent) };
}

describe("a run's cost estimate", () => {
  it("is within ±30 % of the actual cost of a replay once the variant has answered before", async () => {
    const replay: CreateRunInput = { kind: "replay", prompt: "cities", dataset: "cities", variants: ["replayed"], repetitions: 2, concurrency: 4 };
    await runOnce(replay);
    const { estimated, actual } = await runOnce(replay);
    expect(actual).toBeGreaterThan(0);
    expect(estimated / actual).toBeGreaterThanOrEqual(0.7);
    expect(estimated / actual).toBeLessThanOrEqual(1.3);
  });

  it("is within ±30 % of the actual cost of a load run once the variant has answered before", async () => {
    const load: CreateRunInput = { kind: "load", prompt: "cities", variants: ["loaded"], variables: { city: "Nairobi" }, requests: 10, concurrencyLevels: [1, 4] };
    await runOnce(load);
    const { estimated, actual } = await runOnce(load);
    expect(actual).toBeGreaterThan(0);
    expect(estimated / actual).toBeGreaterThanOrEqual(0.7);
    expect(estimated / actual).toBeLessThanOrEqual(1.3);
  });
});
