// Creating, listing and pausing watches. The prompt version is pinned when the watch is made, so
// every run of a watch replays the same thing; webhook secrets are sealed (lib/secrets) and only
// their masked copies ever leave the server.
import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { AppError, conflict, notFound } from "../api/errors";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { Prisma } from "../db/generated/client";
import { resolveDataset, resolvePromptVersion, resolveVariants } from "../runs/resolve";
import { encryptSecret, maskSecret } from "../secrets/crypto";
import type { WatchView } from "./api-schemas";
import { nextSlot, scheduleProblem } from "./schedule";
import { createWatchSchema, storedWebhookSchema, type CreateWatchInput, type StoredWebhook } from "./schemas";
import { checkWebhookUrl } from "./webhook-target";

const invalid = (path: string, message: string) => new AppError("validation", 400, message, { errors: [{ path, message }] });

export interface CreatedWatch {
  id: string;
  /** The generated webhook secrets, shown once (like API tokens). */
  generatedSecrets: Array<{ url: string; secret: string }>;
}

export async function createWatch(input: CreateWatchInput, userId: string, appUrl: string | null): Promise<CreatedWatch> {
  const data = createWatchSchema.parse(input);
  const problem = scheduleProblem(data.cron, data.timeZone);
  if (problem) throw invalid(problem.includes("time zone") ? "timeZone" : "cron", problem);
  data.webhooks.forEach((webhook, index) => checkWebhookUrl(webhook.url, `webhooks.${index}.url`));
  const version = await resolvePromptVersion(data.prompt);
  const dataset = await resolveDataset(data.dataset);
  if (dataset.cases.length === 0) throw invalid("dataset", `The dataset "${dataset.name}" has no test cases yet.`);
  const variants = await resolveVariants(data.variants);
  if (data.baselineRunId && !(await db().run.findFirst({ where: { id: data.baselineRunId, kind: "replay" }, select: { id: true } }))) throw notFound("The baseline run");

  const generatedSecrets: CreatedWatch["generatedSecrets"] = [];
  const webhooks: StoredWebhook[] = data.webhooks.map((webhook) => {
    const secret = webhook.secret ?? `whsec_${randomBytes(24).toString("base64url")}`;
    if (!webhook.secret) generatedSecrets.push({ url: webhookDisplay(webhook.url), secret });
    return { id: randomUUID(), url: webhook.url, secretEncrypted: encryptSecret(secret), secretDisplay: maskSecret(secret) };
  });
  try {
    const watch = await db().watch.create({
      data: {
        name: data.name,
        promptVersionId: version.id,
        datasetId: dataset.id,
        variantIds: variants.map((variant) => variant.id),
        assertions: data.assertions as Prisma.InputJsonValue,
        repetitions: data.repetitions,
        concurrency: data.concurrency,
        cron: data.cron,
        timeZone: data.timeZone,
        baselineRunId: data.baselineRunId ?? null,
        budgetUsd: data.budgetUsd,
        webhooks: webhooks as unknown as Prisma.InputJsonValue,
        appUrl,
        createdById: userId,
      },
    });
    return { id: watch.id, generatedSecrets };
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A watch named "${data.name}" already exists.`);
    throw error;
  }
}

/** Incoming-webhook URLs (Slack, Discord…) carry their secret in the path: views show the host
 * and the first path segment only, never the query or credentials. */
export function webhookDisplay(raw: string): string {
  const url = new URL(raw);
  const segments = url.pathname.split("/").filter(Boolean);
  return `${url.protocol}//${url.host}/${segments[0] ?? ""}${segments.length > 1 || url.search ? "/…" : ""}`;
}

export function webhooksOf(value: Prisma.JsonValue): StoredWebhook[] {
  return storedWebhookSchema.array().parse(value ?? []);
}

type WatchRow = Prisma.WatchGetPayload<object>;

/** A watch as the API shows it: names resolved, secrets masked, the next slot computed. */
async function view(watch: WatchRow, now = new Date()): Promise<WatchView> {
  const [version, dataset, variants, lastRun, openAlerts] = await Promise.all([
    db().promptVersion.findUnique({ where: { id: watch.promptVersionId }, select: { version: true, prompt: { select: { name: true } } } }),
    db().dataset.findUnique({ where: { id: watch.datasetId }, select: { name: true } }),
    db().variant.findMany({ where: { id: { in: watch.variantIds } }, select: { id: true, name: true } }),
    db().watchRun.findFirst({ where: { watchId: watch.id }, orderBy: { scheduledFor: "desc" }, select: { id: true, scheduledFor: true, runId: true, error: true, evaluatedAt: true, trigger: true } }),
    db().alert.count({ where: { watchId: watch.id, acknowledgedAt: null, kind: { not: "test" } } }),
  ]);
  return {
    id: watch.id,
    name: watch.name,
    prompt: version ? `${version.prompt.name}@${version.version}` : null,
    promptVersionId: watch.promptVersionId,
    dataset: dataset?.name ?? null,
    datasetId: watch.datasetId,
    variants: watch.variantIds.map((id) => ({ id, name: variants.find((variant) => variant.id === id)?.name ?? null })),
    assertions: watch.assertions,
    repetitions: watch.repetitions,
    concurrency: watch.concurrency,
    cron: watch.cron,
    timeZone: watch.timeZone,
    nextRunAt: watch.pausedAt ? null : nextSlot(watch.cron, watch.timeZone, now).toISOString(),
    baselineRunId: watch.baselineRunId,
    budgetUsd: watch.budgetUsd?.toString() ?? null,
    webhooks: webhooksOf(watch.webhooks).map(({ id, url, secretDisplay }) => ({ id, url: webhookDisplay(url), secretDisplay })),
    paused: watch.pausedAt !== null,
    lastRun,
    openAlerts,
    createdAt: watch.createdAt,
  };
}

export async function listWatches(): Promise<WatchView[]> {
  const watches = await db().watch.findMany({ orderBy: { createdAt: "desc" } });
  return Promise.all(watches.map((watch) => view(watch)));
}

export async function getWatch(id: string): Promise<WatchView> {
  return view(await watchRow(id));
}

export async function watchRow(id: string): Promise<WatchRow> {
  const watch = await db().watch.findUnique({ where: { id } });
  if (!watch) throw notFound("That watch");
  return watch;
}

export async function setPaused(id: string, paused: boolean): Promise<WatchView> {
  await watchRow(id);
  const watch = await db().watch.update({ where: { id }, data: { pausedAt: paused ? new Date() : null } });
  return view(watch);
}
