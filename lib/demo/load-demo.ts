// Loads the demo workspace: a simulated provider of its own (fast, so everything finishes in
// seconds), variants, a prompt library, datasets with expected outputs and assertions, finished
// replays — one against a baseline taken before a silent model update — a load sweep, compare
// sessions and review votes. Runs go through the normal path (created, then executed by the
// worker); the CLI, which has no worker, executes them in-process.
import "server-only";
import { AppError, conflict } from "../api/errors";
import type { AuthUser } from "../auth/roles";
import { sendTurn } from "../compare/turn-runner";
import { createDataset, importCases } from "../datasets/service";
import { db } from "../db/client";
import { seededRandom } from "../stats/random";
import { addVersion, createPrompt } from "../prompts/service";
import { importModels } from "../providers/models";
import { createProvider, updateProvider } from "../providers/service";
import { createRun } from "../runs/create-run";
import { executeRun } from "../runs/execute-run";
import type { CreateRunInput } from "../runs/schemas";
import { vote } from "../review/service";
import { createSession } from "../sessions/service";
import { createVariant } from "../variants/service";
import { demoName, EXTRACTION_PROMPT, extractionCases, sessions, SUMMARY_PROMPT, summaryCases, ticketCases, TRIAGE_PROMPT } from "./content";
import { isDemoLoaded } from "../overview/workspace";

/** Latencies divided by this: the demo loads in seconds, and its figures keep the profiles' shape. */
const DEMO_SPEED = 5;
const PROVIDER = demoName("Simulated");

export interface LoadDemoOptions {
  /** Execute runs in this process (the CLI) instead of waiting for the worker (the web app). */
  inline?: boolean;
  /** How long to wait for the worker to finish a run. */
  runTimeoutMs?: number;
}

export interface DemoSummary {
  runs: string[];
  sessions: string[];
  votes: number;
}

export async function loadDemo(user: AuthUser, options: LoadDemoOptions = {}): Promise<DemoSummary> {
  if (await isDemoLoaded()) throw conflict("The demo data is already loaded. Remove it first to load it again.");
  const provider = await createProvider({ name: PROVIDER, kind: "simulated", settings: { simulated: { speed: DEMO_SPEED, profiles: {} } } });
  const models = await importModels(provider.id, ["sim-fast", "sim-balanced", "sim-large"]);
  const modelId = (id: string) => models.find((model) => model.modelId === id)!.id;
  const variants = {
    fast: (await createVariant({ name: demoName("fast"), modelId: modelId("sim-fast"), temperature: 0 })).id,
    balanced: (await createVariant({ name: demoName("balanced"), modelId: modelId("sim-balanced"), temperature: 0 })).id,
    large: (await createVariant({ name: demoName("large"), modelId: modelId("sim-large"), temperature: 0 })).id,
    hot: (await createVariant({ name: demoName("fast, temperature 0.9"), modelId: modelId("sim-fast"), temperature: 0.9 })).id,
  };

  const triage = await createPrompt({ name: demoName("ticket triage"), description: "Support tickets to JSON with named keys.", messages: [{ role: "user", content: TRIAGE_PROMPT }], note: "First version" }, user.id);
  await addVersion(triage.id, { messages: [{ role: "system", content: "You triage support tickets for Acme Cloud. Answer with JSON only." }, { role: "user", content: TRIAGE_PROMPT }], note: "Adds a system prompt" }, user.id);
  await createPrompt({ name: demoName("summary"), description: "Summaries under 30 words.", messages: [{ role: "user", content: SUMMARY_PROMPT }] }, user.id);
  await createPrompt({ name: demoName("order number"), description: "Extract one value from a message.", messages: [{ role: "user", content: EXTRACTION_PROMPT }] }, user.id);

  const tickets = await dataset("support tickets", "Twelve tickets with their category; answers must be JSON with the named keys.", ticketCases);
  const summaries = await dataset("summaries", "Short reports to summarise in under 30 words.", summaryCases);
  const orders = await dataset("order numbers", "Customer messages with one order number each (and decoys).", extractionCases);

  const finish = (runIds: string[]) => Promise.all(runIds.map((id) => finishRun(id, options)));
  const start = (input: CreateRunInput) => createRun(input, user.id).then((run) => run.id);
  const three = [variants.fast, variants.balanced, variants.large];

  const baseline = await start({ kind: "replay", name: demoName("triage baseline"), prompt: `${triage.name}@1`, dataset: tickets, variants: three, concurrency: 8 });
  await finish([baseline]);
  // The silent model change a watch should catch: sim-large switches to its degraded version 2
  // for the second replay, and back afterwards (README, "Simulated models").
  await updateProvider(provider.id, { settings: { simulated: { speed: DEMO_SPEED, profiles: { "sim-large": { version: 2 } } } } });
  let watch: string;
  try {
    watch = await start({ kind: "replay", name: demoName("triage after sim-large's silent update"), prompt: `${triage.name}@1`, dataset: tickets, variants: three, concurrency: 8, baselineRunId: baseline });
    await finish([watch]);
  } finally {
    await updateProvider(provider.id, { settings: { simulated: { speed: DEMO_SPEED, profiles: {} } } });
  }
  const others = await Promise.all([
    start({ kind: "replay", name: demoName("summaries"), prompt: demoName("summary"), dataset: summaries, variants: three, concurrency: 8 }),
    start({ kind: "replay", name: demoName("order numbers, 3 repetitions"), prompt: demoName("order number"), dataset: orders, variants: [variants.fast, variants.hot, variants.large], repetitions: 3, concurrency: 8 }),
    start({ kind: "load", name: demoName("load sweep"), prompt: `${triage.name}@2`, variants: [variants.fast], variables: { ticket: String(ticketCases[0]!.variables.ticket) }, requests: 16, concurrencyLevels: [1, 4, 16] }),
  ]);
  await finish(others);

  // Sessions side by side, turns in order within each.
  const sessionIds = await Promise.all(
    sessions.map(async (spec) => {
      const session = await createSession({ title: demoName(spec.title), variantIds: spec.variants.map((key) => variants[key as keyof typeof variants]), blind: spec.blind ?? false }, user.id);
      for (const content of spec.turns) await completeTurn(session.id, content);
      return session.id;
    }),
  );
  const votes = await castVotes(user, baseline, sessionIds[0]!);
  return { runs: [baseline, watch, ...others], sessions: sessionIds, votes };
}

async function dataset(name: string, description: string, cases: unknown[]): Promise<string> {
  const row = await createDataset({ name: demoName(name), description });
  await importCases(row.id, { format: "jsonl", content: cases.map((item) => JSON.stringify(item)).join("\n") });
  return row.id;
}

async function finishRun(runId: string, options: LoadDemoOptions) {
  if (options.inline && (await executeRun(runId)) === "finished") return;
  // Another executor (the worker) has it: wait for the run to end.
  const deadline = Date.now() + (options.runTimeoutMs ?? 90_000);
  while (Date.now() < deadline) {
    const run = await db().run.findUnique({ where: { id: runId }, select: { status: true } });
    if (run && run.status !== "queued" && run.status !== "running") return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new AppError("unavailable", 503, "The demo's runs were queued but did not finish in time: is the worker running? Remove the demo and try again once it is.");
}

/** Sends a turn and waits for every column's answer to be saved. */
async function completeTurn(sessionId: string, content: string) {
  const { channel } = await sendTurn(sessionId, content);
  for await (const event of channel.listen()) if (event.type === "turn.done") break;
}

/** Votes on some pairs — the better answer usually wins — and leaves the rest for /review. */
async function castVotes(user: AuthUser, runId: string, sessionId: string): Promise<number> {
  const random = seededRandom(20_261_129);
  let count = 0;
  const items = await db().runItem.findMany({ where: { runId, status: "done" }, orderBy: { sequence: "asc" }, select: { caseKey: true, passed: true, completionId: true } });
  const byCase = new Map<string, typeof items>();
  for (const item of items) byCase.set(item.caseKey, [...(byCase.get(item.caseKey) ?? []), item]);
  for (const answers of [...byCase.values()].slice(0, 8)) {
    const [a, b] = answers;
    if (!a?.completionId || !b?.completionId) continue;
    const choice = a.passed === b.passed ? (random() < 0.5 ? "tie" : random() < 0.5 ? "a" : "b") : a.passed ? "a" : "b";
    await vote(user, { completionAId: a.completionId, completionBId: b.completionId, choice, blind: true });
    count += 1;
  }
  const turns = await db().turn.findMany({ where: { sessionId }, orderBy: { index: "asc" }, select: { completions: { where: { status: "done" }, select: { id: true, column: { select: { position: true } } } } } });
  for (const turn of turns) {
    const [fast, balanced, large] = turn.completions.sort((x, y) => (x.column?.position ?? 0) - (y.column?.position ?? 0));
    if (!fast || !balanced || !large) continue;
    // Reviewers mostly prefer the larger model's answers; not always.
    await vote(user, { completionAId: fast.id, completionBId: large.id, choice: random() < 0.75 ? "b" : "a", blind: true });
    await vote(user, { completionAId: balanced.id, completionBId: large.id, choice: random() < 0.6 ? "b" : "tie", blind: true });
    count += 2;
  }
  return count;
}
