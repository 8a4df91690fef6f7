// A seeded world for the contract test: something to show behind every documented GET — the
// review world's users, variants and session; a watch with a run, an alert and a delivery; a
// finished replay run on the wire server, judged by an LLM judge; votes, a gold pair and a
// reviewer's exclusion, an annotation and a rating; a saved routing policy; the replayed dataset;
// a compare answer called through the wire server's provider (for its curl).
import { createDataset, importCases } from "../../lib/datasets/service";
import { db } from "../../lib/db/client";
import { createJudging } from "../../lib/judging/create-judging";
import { executeJudging } from "../../lib/judging/execute-judging";
import { createPolicy } from "../../lib/decide/routing/policies";
import { createPrompt } from "../../lib/prompts/service";
import { excludeReviewer } from "../../lib/review/exclusions";
import { markGoldPair } from "../../lib/review/gold";
import { addAnnotation, rate, vote } from "../../lib/review/service";
import { createRun } from "../../lib/runs/create-run";
import { executeRun } from "../../lib/runs/execute-run";
import { createWatch } from "../../lib/watch/service";
import type { WireServer } from "../fixtures/wire-server";
import { createReviewWorld, type ReviewWorld } from "./review-world";
import { createRunWorld } from "./run-fixtures";

export interface ContractWorld extends ReviewWorld {
  /** Ids for path parameters, by what they name. */
  ids: { session: string; user: string; watch: string; run: string; runItem: string; judging: string; policy: string; completion: string; variant: string; prompt: string; provider: string; curlAnswer: string; dataset: string };
}

export async function createContractWorld(wire: WireServer): Promise<ContractWorld> {
  const world = await createReviewWorld(["rita"], ["alpha", "bravo"], 2);
  const session = await db().session.findFirstOrThrow();
  const admin = world.users.admin!.id;
  const prompt = await createPrompt({ name: "greet", messages: [{ role: "user", content: "Say hello to {{name}}" }] }, admin);
  const dataset = await createDataset({ name: "names" });
  await importCases(dataset.id, { format: "jsonl", content: '{"variables":{"name":"Ada"}}' });
  const { id: watchId } = await createWatch(
    { name: "nightly", prompt: "greet", dataset: "names", variants: ["alpha", "bravo"], cron: "0 6 * * *", timeZone: "UTC", webhooks: [{ url: "http://127.0.0.1:9/hook", secret: "a-secret-of-sixteen+" }] },
    admin,
    null,
  );
  const watchRun = await db().watchRun.create({ data: { watchId, scheduledFor: new Date(), trigger: "manual", error: "The budget ran out." } });
  const alert = await db().alert.create({ data: { watchId, watchRunId: watchRun.id, kind: "drift", payload: { text: "Drift on alpha" } } });
  await db().alertDelivery.create({ data: { alertId: alert.id, webhookId: "w1", attempt: 1, responseStatus: 500, responseExcerpt: "oops", delivered: false } });
  const { run, judging, provider, dataset: replayed } = await judgedRun(wire);
  const runItem = await db().runItem.findFirstOrThrow({ where: { runId: run }, orderBy: { sequence: "asc" }, select: { id: true } });
  const curlAnswer = await answerWithRequest(session.id, world.variants.alpha!, provider);
  await reviewed(world);
  const policy = await createPolicy({ name: "cheap first", definition: { kind: "cascade", steps: ["alpha", "bravo"], escalateOn: { assertionFails: true } } }, admin);
  return { ...world, ids: { session: session.id, user: world.users.rita!.id, watch: watchId, run, runItem: runItem.id, judging, policy: policy.id, completion: world.turns[0]!.alpha!, variant: world.variants.alpha!, prompt: prompt.id, provider, curlAnswer, dataset: replayed } };
}

async function judgedRun(wire: WireServer) {
  const runWorld = await createRunWorld(wire, ["good", "plain", "fair"], 2, "-contract");
  wire.behave("good", { chunks: ["The", " MARKER"] });
  wire.behave("fair", { respond: () => '{"winner": "first", "reason": "It names the marker."}' });
  const { id: run } = await createRun({ kind: "replay", prompt: runWorld.promptName, dataset: runWorld.datasetName, variants: ["v-good-contract", "v-plain-contract"], budgetUsd: 1 }, runWorld.userId);
  if ((await executeRun(run, { pollMs: 50 })) !== "finished") throw new Error("the contract world's run did not finish");
  const { id: judging } = await createJudging(run, { judgeVariant: "v-fair-contract", rubric: "The better answer names the MARKER." }, runWorld.userId);
  await executeJudging(judging);
  // The replayed dataset: its scorecard has the run's variants to show.
  const { datasetId } = await db().run.findUniqueOrThrow({ where: { id: run }, select: { datasetId: true } });
  return { run, judging, provider: runWorld.providerId, dataset: datasetId! };
}

/** An answer whose stored request went to a real (wire) provider: a curl can be made of it. */
async function answerWithRequest(sessionId: string, variantId: string, providerId: string) {
  const turn = await db().turn.create({ data: { sessionId, index: 2, content: "Say hi" } });
  const request = { model: "good", messages: [{ role: "user", content: "Say hi" }], params: { temperature: 0 }, provider: { id: providerId } };
  return (await db().completion.create({ data: { turnId: turn.id, variantId, status: "done", request, text: "Hi" } })).id;
}

async function reviewed(world: ReviewWorld) {
  const [admin, rita] = await Promise.all(["admin", "rita"].map((name) => db().user.findUniqueOrThrow({ where: { email: `${name}@example.com` }, select: { id: true, email: true, name: true, role: true } })));
  const [first, second] = world.turns;
  await vote(rita!, { completionAId: first!.alpha!, completionBId: first!.bravo!, choice: "a" });
  await vote(admin!, { completionAId: first!.alpha!, completionBId: first!.bravo!, choice: "b", reason: "Shorter." });
  await markGoldPair(admin!, { completionAId: second!.alpha!, completionBId: second!.bravo!, expected: "a", note: "Alpha names the capital." });
  await excludeReviewer(rita!.id, admin!, { reason: "Votes in two seconds." });
  await addAnnotation(first!.alpha!, rita!, { body: "Names the capital.", quote: "alpha", quoteStart: 0, quoteEnd: 5 });
  await rate(first!.alpha!, rita!, { criterion: "helpfulness", score: 4 });
}
