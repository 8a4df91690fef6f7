// Variant revisions and callable variants with a real database, the real worker and the wire
// server: an edit adds a revision, a run executes the revision it was created with even when the
// variant is edited mid-run, a provider's limits are a run's defaults, and no variant response
// carries a provider key.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchProvider } from "../../app/api/v1/providers/[id]/route";
import { GET as revisionsRoute } from "../../app/api/v1/variants/[id]/revisions/route";
import { GET as getVariantRoute, PATCH as patchVariant } from "../../app/api/v1/variants/[id]/route";
import { GET as listVariantsRoute, POST as createVariantRoute } from "../../app/api/v1/variants/route";
import { db } from "../../lib/db/client";
import { closeJobSender } from "../../lib/jobs/sender";
import { startWorker, type RunningWorker } from "../../lib/worker/worker";
import { createRun } from "../../lib/runs/create-run";
import { getRun } from "../../lib/runs/views";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";
import { roleCaller } from "../helpers/role-caller";

let wire: WireServer;
let world: RunWorld;
let worker: RunningWorker;
let call: Awaited<ReturnType<typeof roleCaller>>;

/** The system prompt the request carried: the wire server answers with it. */
const systemPromptOf = (body: Record<string, unknown>) => {
  const messages = body.messages as Array<{ role: string; content: string }>;
  return messages.find((message) => message.role === "system")?.content ?? "(none)";
};
const inFlight = (model: string) => wire.requests.filter((seen) => seen.body.model === model && !seen.finished).length;
let mostInFlight = 0;

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["sysecho", "limited"], 6);
  wire.behave("sysecho", { respond: systemPromptOf, ttftMs: 150 });
  wire.behave("limited", {
    ttftMs: 60,
    respond: (body) => {
      mostInFlight = Math.max(mostInFlight, inFlight(body.model as string));
      return "ok";
    },
  });
  call = await roleCaller(["editor", "reviewer"]);
  worker = await startWorker(process.env.DATABASE_URL!);
});
afterAll(async () => {
  await worker?.stop();
  await closeJobSender();
  await wire?.close();
});

async function finished(runId: string) {
  await expect.poll(async () => (await getRun(runId)).status, { timeout: 60_000, interval: 100 }).toMatch(/^(done|cancelled|failed)$/);
}

async function revisionIdsOf(runId: string) {
  const items = await db().runItem.findMany({ where: { runId }, include: { completion: { select: { variantRevisionId: true } } } });
  return items.map((item) => item.completion?.variantRevisionId);
}

async function answersOf(runId: string) {
  const items = await db().runItem.findMany({ where: { runId }, include: { completion: { select: { text: true } } } });
  return items.map((item) => item.completion?.text);
}

describe("variant revisions", () => {
  it("starts at revision 1; a settings edit adds the next one with who made it; a rename alone does not", async () => {
    const model = await db().model.findFirstOrThrow({ where: { providerId: world.providerId, modelId: "sysecho" } });
    const created = await call(createVariantRoute, "editor", { body: { name: "terse", modelId: model.id, systemPrompt: "Be terse.", temperature: 0.2 } });
    expect(created.status).toBe(201);
    expect(created.body.variant.revision.number).toBe(1);
    const id = created.body.variant.id as string;

    const edited = await call(patchVariant, "editor", { method: "PATCH", id, body: { systemPrompt: "Be very terse.", temperature: 0.4 } });
    expect(edited.status).toBe(200);
    expect(edited.body.variant).toMatchObject({ systemPrompt: "Be very terse.", temperature: 0.4, revision: { number: 2 } });
    const renamed = await call(patchVariant, "editor", { method: "PATCH", id, body: { name: "terser" } });
    expect(renamed.body.variant).toMatchObject({ name: "terser", revision: { number: 2 } });
    const same = await call(patchVariant, "editor", { method: "PATCH", id, body: { temperature: 0.4 } });
    expect(same.body.variant.revision.number).toBe(2);

    const history = await call(revisionsRoute, "reviewer", { id });
    expect(history.status).toBe(200);
    expect(history.body.revisions).toMatchObject([
      { number: 2, systemPrompt: "Be very terse.", temperature: 0.4, createdBy: { name: "editor" }, model: { modelId: "sysecho" } },
      { number: 1, systemPrompt: "Be terse.", temperature: 0.2, createdBy: { name: "editor" } },
    ]);
    expect((await call(patchVariant, "reviewer", { method: "PATCH", id, body: { temperature: 1 } })).status).toBe(403);
  });

  it("refuses a bad setting naming the field and its rule, and keeps the revision", async () => {
    const { body } = await call(listVariantsRoute, "reviewer");
    const id = body.variants.find((variant: { name: string }) => variant.name === "terser").id as string;
    const hot = await call(patchVariant, "editor", { method: "PATCH", id, body: { temperature: "hot", maxTokens: 1.5 } });
    expect(hot.status).toBe(400);
    expect(hot.body.errors).toEqual([
      { path: "temperature", message: "Temperature is a number from 0 to 2, or empty for the provider's default." },
      { path: "maxTokens", message: "Max tokens is a whole number from 1 to 1,000,000, or empty for the model's limit." },
    ]);
    expect((await call(getVariantRoute, "reviewer", { id })).body.variant).toMatchObject({ temperature: 0.4, revision: { number: 2 } });
  });

  it("never sends a provider key in a variant response", async () => {
    await call(patchProvider, "editor", { method: "PATCH", id: world.providerId, body: { apiKey: "sk-wire-secret-9876" } });
    const row = await db().provider.findUniqueOrThrow({ where: { id: world.providerId } });
    expect(row.apiKeyEncrypted).toBeTruthy();
    const { body } = await call(listVariantsRoute, "reviewer");
    const text = JSON.stringify(body) + JSON.stringify((await call(getVariantRoute, "reviewer", { id: world.variants.sysecho! })).body);
    expect(text).not.toContain(row.apiKeyEncrypted!);
    expect(text).not.toContain("secret");
    expect(text).not.toMatch(/apiKey|settings/);
  });
});

describe("a run and its revision", () => {
  it("executes the revision it was created with, even when the variant is edited mid-run", async () => {
    const id = world.variants.sysecho!;
    await call(patchVariant, "editor", { method: "PATCH", id, body: { systemPrompt: "Answer as OLD." } });
    // Queued with no worker to take it: the edit lands before any executor reads the variant.
    await worker.stop();
    const { id: runId } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-sysecho"], concurrency: 1 }, world.userId);
    await call(patchVariant, "editor", { method: "PATCH", id, body: { systemPrompt: "Answer as NEWER." } });
    worker = await startWorker(process.env.DATABASE_URL!);
    await expect.poll(async () => db().runItem.count({ where: { runId, status: "done" } }), { timeout: 30_000, interval: 20 }).toBeGreaterThan(0);
    const edited = await call(patchVariant, "editor", { method: "PATCH", id, body: { systemPrompt: "Answer as NEW." } });
    expect(edited.body.variant.revision.number).toBe(4);
    expect(await db().runItem.count({ where: { runId, status: "pending" } })).toBeGreaterThan(0);
    await finished(runId);

    expect(await answersOf(runId)).toEqual(Array(6).fill("Answer as OLD."));
    const run = await getRun(runId);
    expect(run.variants).toMatchObject([{ name: "v-sysecho", revision: 2 }]);
    // Each answer records the revision that made it, as a compare answer does — the run's, not the
    // variant's newest (the edits above landed before and during the run).
    const { revisionId } = await db().runVariant.findUniqueOrThrow({ where: { runId_variantId: { runId, variantId: id } } });
    expect(await revisionIdsOf(runId)).toEqual(Array(6).fill(revisionId));
    expect((await db().variantRevision.findUniqueOrThrow({ where: { id: revisionId } })).number).toBe(2);

    const { id: laterId } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-sysecho"] }, world.userId);
    await finished(laterId);
    expect(await answersOf(laterId)).toEqual(Array(6).fill("Answer as NEW."));
    expect((await getRun(laterId)).variants).toMatchObject([{ revision: 4 }]);
    const newest = await db().variantRevision.findFirstOrThrow({ where: { variantId: id, number: 4 } });
    expect(await revisionIdsOf(laterId)).toEqual(Array(6).fill(newest.id));
  });

  it("takes a provider's maxConcurrency and requestsPerMinute as the run's defaults, under what the run sets", async () => {
    const patched = await call(patchProvider, "editor", { method: "PATCH", id: world.providerId, body: { settings: { maxConcurrency: 1, requestsPerMinute: 5000 } } });
    expect(patched.body.provider.settings).toEqual({ maxConcurrency: 1, requestsPerMinute: 5000 });
    const { id: runId } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-limited"], concurrency: 4 }, world.userId);
    expect((await db().run.findUniqueOrThrow({ where: { id: runId } })).rateLimits).toEqual({ [world.providerId]: { maxConcurrency: 1, requestsPerMinute: 5000 } });
    await finished(runId);
    expect(mostInFlight).toBe(1);

    const { id: ownId } = await createRun(
      { kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-limited"], concurrency: 4, rateLimits: { [`Wire`]: { maxConcurrency: 3 } } },
      world.userId,
    );
    expect((await db().run.findUniqueOrThrow({ where: { id: ownId } })).rateLimits).toEqual({ [world.providerId]: { maxConcurrency: 3, requestsPerMinute: 5000 } });
    mostInFlight = 0;
    await finished(ownId);
    expect(mostInFlight).toBeGreaterThan(1);
  });
});
