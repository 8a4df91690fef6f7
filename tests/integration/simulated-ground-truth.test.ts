// The simulated models' documented rates are their ground truth: a 200-case JSON triage dataset,
// replayed through the real run executor, passes at each profile's rate — within three binomial
// standard errors, sqrt(p(1−p)/200) — shows no difference between two models whose rates are equal,
// and shows the drop when a model is silently switched to its degraded version. Temperature 0 makes
// every figure exact and repeatable; the band says how far the draws may sit from the rate.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchProvider } from "../../app/api/v1/providers/[id]/route";
import { createApiToken } from "../../lib/auth/api-tokens";
import { createUser } from "../../lib/auth/users";
import { createDataset, importCases } from "../../lib/datasets/service";
import { db } from "../../lib/db/client";
import { createPrompt } from "../../lib/prompts/service";
import { importModels } from "../../lib/providers/models";
import { createProvider, updateProvider } from "../../lib/providers/service";
import { defaultProfiles, profileVersions } from "../../lib/providers/simulated/profiles";
import { createRun } from "../../lib/runs/create-run";
import { executeRun } from "../../lib/runs/execute-run";
import { runSummary } from "../../lib/runs/summary";
import { createVariant } from "../../lib/variants/service";
import { closeJobSender } from "../../lib/jobs/sender";

const CASES = 200;
const band = (rate: number) => 3 * Math.sqrt((rate * (1 - rate)) / CASES);
/** Retried failures only cost time; a cut stream would fail an item for a reason other than the rates. */
const quiet = { rateLimitRate: 0, errorRate: 0, timeoutRate: 0, cutRate: 0 };
const fast = defaultProfiles["sim-fast"]!;
const profiles = {
  "sim-fast": quiet,
  "sim-large": quiet,
  // sim-balanced given sim-fast's rates: two different models that should score the same.
  "sim-balanced": { ...quiet, instructions: fast.instructions, tasks: fast.tasks },
};

const TICKETS = [
  (n: number) => `I was charged twice for order ORD-${1000 + n}. Please refund the second payment.`,
  (n: number) => `The CSV export crashes with an error since yesterday's update (${n} rows).`,
  (n: number) => `I cannot log in after resetting my password; my username is user${n}.`,
  (n: number) => `Could you add a dark mode to the dashboard? It would be nice for our ${n} agents.`,
];
const schema = {
  type: "object",
  required: ["category", "priority", "summary"],
  additionalProperties: false,
  properties: { category: { enum: ["billing", "bug", "account", "feature"] }, priority: { enum: ["low", "medium", "high"] }, summary: { type: "string" } },
};

let userId: string;
let token: string;
let providerId: string;
const variants: Record<string, string> = {};

beforeAll(async () => {
  const user = await createUser({ name: "Quality", email: "quality@example.com", password: "long-enough", role: "editor" });
  userId = user.id;
  token = (await createApiToken(user.id, "ci")).token;
  const provider = await createProvider({ name: "Sim truth", kind: "simulated", settings: { simulated: { speed: 1000, profiles } } });
  providerId = provider.id;
  for (const row of await importModels(provider.id, ["sim-fast", "sim-balanced", "sim-large"])) variants[row.modelId] = (await createVariant({ name: `truth-${row.modelId}`, modelId: row.id, temperature: 0 })).id;
  await createPrompt(
    { name: "triage", messages: [{ role: "user", content: 'Triage the support ticket. Return JSON with keys "category" (one of: billing, bug, account, feature), "priority" (one of: low, medium, high) and "summary".\n\nTicket: {{ticket}}' }] },
    user.id,
  );
  const dataset = await createDataset({ name: "tickets" });
  const lines = Array.from({ length: CASES }, (_, i) => JSON.stringify({ variables: { ticket: TICKETS[i % TICKETS.length]!(i) }, assertions: [{ type: "is_json" }, { type: "json_schema", schema }] }));
  await importCases(dataset.id, { format: "jsonl", content: lines.join("\n") });
});
afterAll(async () => {
  await closeJobSender();
});

async function replay(models: string[], baselineRunId?: string) {
  const { id } = await createRun({ kind: "replay", prompt: "triage", dataset: "tickets", variants: models.map((model) => variants[model]!), concurrency: 32, baselineRunId }, userId);
  expect(await executeRun(id)).toBe("finished");
  return id;
}

/** Per variant: share of answers passing each assertion type, and of items passing all. */
async function rates(runId: string) {
  const items = await db().runItem.findMany({ where: { runId }, select: { variantId: true, status: true, passed: true, completion: { select: { assertionResults: { select: { type: true, passed: true } } } } } });
  const byModel: Record<string, { isJson: number; schema: number; passed: number; errors: number }> = {};
  for (const [model, variantId] of Object.entries(variants)) {
    const mine = items.filter((item) => item.variantId === variantId);
    if (mine.length === 0) continue;
    const share = (type: string) => mine.filter((item) => item.completion?.assertionResults.some((result) => result.type === type && result.passed)).length / CASES;
    byModel[model] = { isJson: share("is_json"), schema: share("json_schema"), passed: mine.filter((item) => item.passed).length / CASES, errors: mine.filter((item) => item.status === "error").length };
  }
  return byModel;
}

describe("simulated ground truth", () => {
  let firstRun: string;

  it("passes at each profile's documented rate, and equal profiles score alike", async () => {
    firstRun = await replay(["sim-fast", "sim-balanced", "sim-large"]);
    const measured = await rates(firstRun);
    for (const model of ["sim-fast", "sim-large"]) {
      const { json, jsonKeys } = defaultProfiles[model]!.instructions;
      expect(measured[model]!.errors).toBe(0);
      expect(Math.abs(measured[model]!.isJson - json)).toBeLessThanOrEqual(band(json));
      expect(Math.abs(measured[model]!.schema - jsonKeys)).toBeLessThanOrEqual(band(jsonKeys));
      expect(measured[model]!.passed).toBe(measured[model]!.schema);
    }
    // The documented gap is there: sim-large follows the JSON keys far more often.
    expect(measured["sim-large"]!.passed - measured["sim-fast"]!.passed).toBeGreaterThan(0.15);
    // Same rates, different model: the difference stays within three standard errors of a difference.
    const p = fast.instructions.jsonKeys;
    expect(Math.abs(measured["sim-balanced"]!.passed - measured["sim-fast"]!.passed)).toBeLessThanOrEqual(3 * Math.sqrt((2 * p * (1 - p)) / CASES));
    const summary = await runSummary(firstRun);
    const large = summary.variants.find((stats) => stats.variantId === variants["sim-large"])!;
    expect(large.passRate).toBeCloseTo(measured["sim-large"]!.passed, 6);
  });

  it("refuses a profile override that is not one, naming the field", async () => {
    const patch = (simulated: unknown) =>
      patchProvider(new Request("http://localhost/api/v1/providers/x", { method: "PATCH", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify({ settings: { simulated } }) }), {
        params: Promise.resolve({ id: providerId }),
      });
    const badRate = await patch({ profiles: { "sim-fast": { instructions: { json: 1.5 } } } });
    expect(badRate.status).toBe(400);
    expect(((await badRate.json()) as { errors: { path: string }[] }).errors[0]!.path).toBe("settings.simulated.profiles.sim-fast.instructions.json");
    const typo = await patch({ profiles: { "sim-fast": { jsonRate: 0.5 } } });
    expect(typo.status).toBe(400);
    expect(JSON.stringify(await typo.json())).toContain("jsonRate");
    // Nothing changed: the rates under test are still the ones set above.
    expect((await db().provider.findUnique({ where: { id: providerId } }))!.settings).toMatchObject({ simulated: { profiles } });
  });

  it("catches a silent switch to the degraded version against the baseline", async () => {
    await updateProvider(providerId, { settings: { simulated: { speed: 1000, profiles: { ...profiles, "sim-large": { ...quiet, version: 2 } } } } });
    const secondRun = await replay(["sim-large"], firstRun);
    const measured = await rates(secondRun);
    const { jsonKeys } = profileVersions["sim-large"]![2]!.instructions;
    expect(Math.abs(measured["sim-large"]!.passed - jsonKeys)).toBeLessThanOrEqual(band(jsonKeys));
    const summary = await runSummary(secondRun);
    expect(summary.baseline!.matched).toBe(CASES);
    expect(summary.baseline!.newlyFailing).toBeGreaterThan(40);
    // The degraded version draws the same numbers against lower rates: nothing it gets right is new.
    expect(summary.baseline!.fixed).toBe(0);
  });
});
