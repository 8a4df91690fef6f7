// The demo workspace through its REST routes, with the real worker executing its runs: it loads
// finished runs (one catching sim-large's silent update against its baseline), compare sessions
// and votes; it refuses reviewers and a second load; removing it deletes only demo rows and keeps
// (archived) a demo variant the user's own session still uses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELETE as removeRoute, GET as statusRoute, POST as loadRoute } from "../../app/api/v1/demo/route";
import { createApiToken } from "../../lib/auth/api-tokens";
import { createUser } from "../../lib/auth/users";
import { db } from "../../lib/db/client";
import { DEMO_PREFIX } from "../../lib/demo/content";
import { startWorker, type RunningWorker } from "../../lib/worker/worker";
import { createPrompt } from "../../lib/prompts/service";
import { importModels } from "../../lib/providers/models";
import { createProvider } from "../../lib/providers/service";
import { runSummary } from "../../lib/runs/summary";
import { createSession } from "../../lib/sessions/service";
import { createVariant } from "../../lib/variants/service";
import { closeJobSender } from "../../lib/jobs/sender";

let worker: RunningWorker;
let editor: { id: string; token: string };
let reviewerToken: string;
let mySessionId: string;

beforeAll(async () => {
  const user = await createUser({ name: "Ed", email: "ed@example.com", password: "long-enough", role: "editor" });
  editor = { id: user.id, token: (await createApiToken(user.id, "ci")).token };
  const reviewer = await createUser({ name: "Rev", email: "rev@example.com", password: "long-enough", role: "reviewer" });
  reviewerToken = (await createApiToken(reviewer.id, "ci")).token;
  // The user's own work, which removing the demo must leave alone.
  const provider = await createProvider({ name: "Mine", kind: "simulated" });
  const [model] = await importModels(provider.id, ["sim-fast"]);
  const mine = await createVariant({ name: "my variant", modelId: model!.id });
  const other = await createVariant({ name: "my other variant", modelId: model!.id });
  mySessionId = (await createSession({ title: "My session", variantIds: [mine.id, other.id] }, user.id)).id;
  await createPrompt({ name: "my prompt", messages: [{ role: "user", content: "Hello {{name}}" }] }, user.id);
  worker = await startWorker(process.env.DATABASE_URL!);
});
afterAll(async () => {
  await worker?.stop();
  await closeJobSender();
});

async function call(handler: (request: Request) => Promise<Response>, method: string, token = editor.token) {
  const response = await handler(new Request("http://localhost/api/v1/demo", { method, headers: { authorization: `Bearer ${token}` } }));
  return { status: response.status, body: await response.json() };
}
const demoNamed = { startsWith: DEMO_PREFIX };

describe("demo workspace", () => {
  it("is for editors and admins", async () => {
    const refused = await call(loadRoute, "POST", reviewerToken);
    expect(refused.status).toBe(403);
    expect((await call(removeRoute, "DELETE", reviewerToken)).status).toBe(403);
    expect(await db().provider.count({ where: { name: demoNamed } })).toBe(0);
  });

  it("loads finished runs, a caught model update, sessions and votes", async () => {
    const loaded = await call(loadRoute, "POST");
    expect(loaded.status).toBe(201);
    expect(loaded.body.demo.runs).toHaveLength(5);
    const runs = await db().run.findMany({ where: { name: demoNamed }, select: { id: true, name: true, status: true, kind: true } });
    expect(runs.map((run) => run.status)).toEqual(Array(5).fill("done"));
    expect(runs.filter((run) => run.kind === "load")).toHaveLength(1);

    const baseline = runs.find((run) => run.name.includes("baseline"))!;
    const watch = runs.find((run) => run.name.includes("silent update"))!;
    const variants = await db().variant.findMany({ where: { name: demoNamed }, select: { id: true, name: true } });
    const idOf = (name: string) => variants.find((variant) => variant.name === `${DEMO_PREFIX}${name}`)!.id;
    const before = await runSummary(baseline.id);
    const rate = (summary: typeof before, name: string) => summary.variants.find((stats) => stats.variantId === idOf(name))!.passRate!;
    // The larger model follows the JSON instructions more often, as documented.
    expect(rate(before, "large")).toBeGreaterThan(rate(before, "fast"));
    const after = await runSummary(watch.id);
    expect(after.baseline).toMatchObject({ matched: 36 });
    expect(after.baseline!.newlyFailing).toBeGreaterThan(0);
    expect(rate(after, "large")).toBeLessThan(rate(before, "large"));
    expect(rate(after, "fast")).toBe(rate(before, "fast"));
    // The switch was for that run only.
    expect((await db().provider.findFirst({ where: { name: demoNamed } }))!.settings).toMatchObject({ simulated: { profiles: {} } });

    const sessions = await db().session.findMany({ where: { title: demoNamed }, select: { turns: { select: { completions: { select: { status: true, text: true } } } } } });
    expect(sessions).toHaveLength(4);
    const answers = sessions.flatMap((session) => session.turns.flatMap((turn) => turn.completions));
    expect(answers.length).toBeGreaterThanOrEqual(10);
    expect(answers.filter((answer) => answer.status === "done").length).toBeGreaterThanOrEqual(answers.length - 1);
    for (const answer of answers) expect(answer.text).not.toMatch(/sim-(fast|balanced|large)/);
    expect(loaded.body.demo.votes).toBeGreaterThan(5);
    expect(await db().vote.count()).toBe(loaded.body.demo.votes);

    expect(await db().testCase.count({ where: { dataset: { name: `${DEMO_PREFIX}support tickets` }, expectedOutput: { startsWith: '{"category":' } } })).toBe(12);
    expect(await db().testCase.count({ where: { dataset: { name: `${DEMO_PREFIX}order numbers` }, expectedOutput: { startsWith: "ORD-" } } })).toBe(6);

    const status = await call(statusRoute, "GET", reviewerToken);
    expect(status.body).toMatchObject({ loaded: true, counts: { sessions: 5, runs: 5, prompts: 4, datasets: 3 } });
  });

  it("refuses to load twice", async () => {
    const again = await call(loadRoute, "POST");
    expect(again.status).toBe(409);
    expect(again.body.detail).toContain("already loaded");
  });

  it("removes only demo rows, archiving a demo variant the user's own work uses", async () => {
    const fast = (await db().variant.findFirst({ where: { name: `${DEMO_PREFIX}fast` } }))!;
    const borrowed = (await createSession({ title: "Mine with a demo variant", variantIds: [fast.id, (await db().variant.findFirst({ where: { name: "my variant" } }))!.id] }, editor.id)).id;
    const removed = await call(removeRoute, "DELETE");
    expect(removed.status).toBe(200);
    expect(removed.body.removed).toMatchObject({ runs: 5, sessions: 4, prompts: 3, datasets: 3, variants: 3, archived: 2 });
    for (const count of await Promise.all([db().run.count(), db().vote.count(), db().dataset.count({ where: { name: demoNamed, archivedAt: null } }), db().prompt.count({ where: { name: demoNamed } })])) expect(count).toBe(0);
    expect(await db().session.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } })).toEqual([{ id: mySessionId }, { id: borrowed }]);
    expect(await db().prompt.count({ where: { name: "my prompt" } })).toBe(1);
    expect(await db().variant.findUnique({ where: { id: fast.id } })).toMatchObject({ archivedAt: expect.any(Date), name: expect.stringContaining("archived") });
    expect((await call(statusRoute, "GET")).body.loaded).toBe(false);
  });
});
