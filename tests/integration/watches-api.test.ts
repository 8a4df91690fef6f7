// The watches REST API: problem documents that name the field, roles, no secret in any answer,
// run-now, the open-alert banner feed and acknowledging an alert.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as watchAlertsRoute } from "../../app/api/v1/watches/[id]/alerts/route";
import { GET as watchRoute, PATCH as patchWatchRoute } from "../../app/api/v1/watches/[id]/route";
import { POST as runNowRoute } from "../../app/api/v1/watches/[id]/run-now/route";
import { POST as acknowledgeRoute } from "../../app/api/v1/watches/alerts/[id]/acknowledge/route";
import { GET as openAlertsRoute } from "../../app/api/v1/watches/alerts/route";
import { GET as listRoute, POST as createRoute } from "../../app/api/v1/watches/route";
import { createDataset, importCases } from "../../lib/datasets/service";
import { db } from "../../lib/db/client";
import { createPrompt } from "../../lib/prompts/service";
import { importModels } from "../../lib/providers/models";
import { createProvider } from "../../lib/providers/service";
import { createVariant } from "../../lib/variants/service";
import { roleCaller } from "../helpers/role-caller";
import { closeJobSender } from "../../lib/jobs/sender";

let call: Awaited<ReturnType<typeof roleCaller>>;
const slack = "https://hooks.slack.com/services/T000/B000/XXXXsecretXXXX";
const valid = { name: "nightly", prompt: "greet", dataset: "names", variants: ["sim"], cron: "0 6 * * *", timeZone: "Europe/Paris", webhooks: [{ url: "http://127.0.0.1:9/hook", secret: "a-secret-of-sixteen+" }] };

beforeAll(async () => {
  call = await roleCaller(["admin", "editor", "reviewer"]);
  const provider = await createProvider({ name: "Sim", kind: "simulated", settings: { simulated: { speed: 1000 } } });
  const [model] = await importModels(provider.id, ["sim-fast"]);
  await createVariant({ name: "sim", modelId: model!.id });
  const editor = await db().user.findFirstOrThrow({ where: { role: "editor" } });
  await createPrompt({ name: "greet", messages: [{ role: "user", content: "Say hello to {{name}}" }] }, editor.id);
  const dataset = await createDataset({ name: "names" });
  await importCases(dataset.id, { format: "jsonl", content: ['{"variables":{"name":"Ada"}}', '{"variables":{"name":"Alan"}}'].join("\n") });
});
afterAll(async () => {
  await closeJobSender();
});

describe("watches API", () => {
  it("refuses bad input with problem documents naming the field", async () => {
    const badCron = await call(createRoute, "editor", { body: { ...valid, cron: "61 * * * *" } });
    expect(badCron).toMatchObject({ status: 400, body: { errors: [{ path: "cron" }] } });
    expect(badCron.body.detail).toMatch(/not a valid cron/);
    expect((await call(createRoute, "editor", { body: { ...valid, timeZone: "Mars/Olympus" } })).body.errors[0].path).toBe("timeZone");
    const metadata = await call(createRoute, "editor", { body: { ...valid, webhooks: [{ url: "http://169.254.169.254/latest" }] } });
    expect(metadata.status).toBe(400);
    expect(metadata.body.detail).toMatch(/^webhooks\.0\.url: The webhook host 169\.254\.169\.254 is not allowed/);
    expect((await call(createRoute, "editor", { body: { ...valid, webhooks: [{ url: "ftp://example.com" }] } })).status).toBe(400);
    expect((await call(createRoute, "editor", { body: { ...valid, variants: ["nope"] } })).body.detail).toBe('A variant named "nope" was not found.');
    expect((await call(createRoute, "reviewer", { body: valid })).status).toBe(403);
    expect(await db().watch.count()).toBe(0);
  });

  it("creates, lists and pauses a watch without ever showing a webhook secret", async () => {
    const created = await call(createRoute, "editor", { body: { ...valid, webhooks: [...valid.webhooks, { url: slack }] } });
    expect(created.status).toBe(201);
    expect(created.body.watch).toMatchObject({ name: "nightly", prompt: "greet@1", dataset: "names", variants: [{ name: "sim" }], cron: "0 6 * * *", paused: false, openAlerts: 0 });
    expect(new Date(created.body.watch.nextRunAt).getUTCMinutes()).toBe(0);
    expect(JSON.stringify(created.body)).not.toContain("a-secret-of-sixteen+");
    expect(created.body.watch.webhooks[0]).toEqual({ id: expect.any(String), url: "http://127.0.0.1:9/hook", secretDisplay: "a-s…een+" });
    // A Slack URL is its own secret: shown cut after the first path segment, everywhere.
    expect(created.body.watch.webhooks[1].url).toBe("https://hooks.slack.com/services/…");
    expect(created.body.generatedSecrets).toEqual([{ url: "https://hooks.slack.com/services/…", secret: expect.stringMatching(/^whsec_/) }]);
    expect((await call(createRoute, "editor", { body: valid })).status).toBe(409);

    const listed = await call(listRoute, "reviewer");
    expect(listed.body.watches.map((watch: { name: string }) => watch.name)).toEqual(["nightly"]);
    expect(JSON.stringify(listed.body)).not.toContain("secretEncrypted");
    expect(JSON.stringify(listed.body)).not.toContain("XXXXsecretXXXX");
    const paused = await call(patchWatchRoute, "editor", { method: "PATCH", id: created.body.watch.id, body: { paused: true } });
    expect(paused.body.watch).toMatchObject({ paused: true, nextRunAt: null });
    expect((await call(patchWatchRoute, "editor", { method: "PATCH", id: created.body.watch.id, body: { paused: "yes" } })).body.errors[0].path).toBe("paused");
  });

  it("runs a watch now, and shows and acknowledges its alerts", async () => {
    const watch = await db().watch.findFirstOrThrow();
    const started = await call(runNowRoute, "editor", { id: watch.id, body: {} });
    expect(started.status).toBe(201);
    expect(await db().run.findUnique({ where: { id: started.body.watchRun.runId } })).toMatchObject({ kind: "replay", totalItems: 2, promptVersionId: watch.promptVersionId });
    expect((await call(runNowRoute, "reviewer", { id: watch.id, body: {} })).status).toBe(403);
    const detail = await call(watchRoute, "reviewer", { id: watch.id });
    expect(detail.body.runs).toMatchObject([{ runId: started.body.watchRun.runId, trigger: "manual", evaluated: false }]);
    // An evaluation claims the run (evaluatedAt) before it writes its findings and, last, the
    // metrics: until then the run is still being checked, not "no drift".
    await db().watchRun.update({ where: { id: started.body.watchRun.watchRunId }, data: { evaluatedAt: new Date() } });
    expect((await call(watchRoute, "reviewer", { id: watch.id })).body.runs).toMatchObject([{ evaluated: false }]);
    await db().watchRun.update({ where: { id: started.body.watchRun.watchRunId }, data: { evaluatedAt: null } });

    const alert = await db().alert.create({ data: { watchId: watch.id, kind: "drift", payload: { text: "pass rate fell" } } });
    expect((await call(openAlertsRoute, "reviewer")).body.alerts).toMatchObject([{ id: alert.id, watchName: "nightly", text: "pass rate fell" }]);
    expect((await call(watchAlertsRoute, "reviewer", { id: watch.id })).body.alerts).toHaveLength(1);
    expect((await call(acknowledgeRoute, "reviewer", { id: alert.id, body: {} })).status).toBe(403);
    expect((await call(acknowledgeRoute, "editor", { id: alert.id, body: {} })).status).toBe(200);
    expect((await call(openAlertsRoute, "reviewer")).body.alerts).toEqual([]);
    expect((await call(acknowledgeRoute, "editor", { id: "0190a0a0-0000-7000-8000-000000000000", body: {} })).status).toBe(404);
  });
});
