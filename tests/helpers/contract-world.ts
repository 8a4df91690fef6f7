// A seeded world for the contract test: something to show behind every documented GET — the
// review world's users, variants and session, plus a watch with a run, an alert and a delivery.
import { createDataset, importCases } from "../../lib/datasets/service";
import { db } from "../../lib/db/client";
import { createPrompt } from "../../lib/prompts/service";
import { createWatch } from "../../lib/watch/service";
import { createReviewWorld, type ReviewWorld } from "./review-world";

export interface ContractWorld extends ReviewWorld {
  /** Ids for path parameters, by what they name. */
  ids: { session: string; user: string; watch: string };
}

export async function createContractWorld(): Promise<ContractWorld> {
  const world = await createReviewWorld(["rita"], ["alpha", "bravo"], 2);
  const session = await db().session.findFirstOrThrow();
  const admin = world.users.admin!.id;
  await createPrompt({ name: "greet", messages: [{ role: "user", content: "Say hello to {{name}}" }] }, admin);
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
  return { ...world, ids: { session: session.id, user: world.users.rita!.id, watch: watchId } };
}
