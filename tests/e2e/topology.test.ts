// Scaling out: two `juxta web` processes and two `juxta worker`s on one PostgreSQL, as real
// processes. A stop sent to one web process stops an answer streaming in the other; a replay
// served by both workers — the one executing it killed midway — is done exactly once.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSse } from "../../lib/api/sse-parse";
import type { CompareEvent } from "../../lib/compare/turn-runner";
import { db, disconnectDb } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrate";
import type { EmbeddedDatabase } from "../../lib/db/embedded-postgres";
import { startThrowawayPostgres } from "../../lib/db/throwaway-postgres";
import { freePort } from "../../lib/net/free-port";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { adminToken, apiClient, type ApiCall } from "../helpers/api-client";

const juxta = path.resolve(import.meta.dirname, "..", "..", "bin", "juxta.js");
let postgres: EmbeddedDatabase;
let wire: WireServer;
let dataDir: string;
let env: NodeJS.ProcessEnv;
let token: string;
const children: ChildProcess[] = [];
const webs: Array<{ url: string; api: ApiCall }> = [];
const workers: ChildProcess[] = [];
const variants: Record<string, string> = {};

/** Starts `juxta <args>` and resolves once it prints `ready`. */
async function startProcess(args: string[], ready: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [juxta, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let output = "";
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`juxta ${args.join(" ")} did not start:\n${output}`)), 200_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(ready)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => reject(new Error(`juxta ${args.join(" ")} exited with ${code}:\n${output}`)));
  });
  return child;
}

beforeAll(async () => {
  postgres = await startThrowawayPostgres();
  await applyMigrations(postgres.url);
  process.env.DATABASE_URL = postgres.url;
  dataDir = mkdtempSync(path.join(tmpdir(), "juxta-topology-"));
  chmodSync(dataDir, 0o755);
  env = { ...process.env, DATABASE_URL: postgres.url, JUXTA_DATA_DIR: dataDir, JUXTA_SECRET_KEY: randomBytes(32).toString("base64"), JUXTA_LOG_LEVEL: "info", JUXTA_RUN_LEASE_MS: "6000" };
  token = await adminToken(env);
  wire = await startWireServer();
  wire.behave("wire-small", { echo: true, ttftMs: 20, chunkDelayMs: 40 });
  wire.behave("wire-large", { chunks: Array.from({ length: 40 }, (_, i) => `word${i} `), ttftMs: 50, chunkDelayMs: 200 });
  // One after the other: the first builds the web app if it has to, the second finds it built.
  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    await startProcess(["web", "--port", String(port), "--host", "127.0.0.1"], "listening on");
    webs.push({ url: `http://127.0.0.1:${port}`, api: apiClient(`http://127.0.0.1:${port}`, token) });
  }
  for (let i = 0; i < 2; i++) workers.push(await startProcess(["worker"], "serving jobs"));
  const api = webs[0]!.api;
  const { provider } = await api<{ provider: { id: string } }>("POST", "/providers", { name: "Wire", kind: "openai_compatible", baseUrl: wire.openaiBaseUrl });
  const { models } = await api<{ models: Array<{ id: string; modelId: string }> }>("POST", `/providers/${provider.id}/models`, { modelIds: ["wire-small", "wire-large"] });
  for (const model of models) variants[model.modelId] = (await api<{ variant: { id: string } }>("POST", "/variants", { name: `v-${model.modelId}`, modelId: model.id })).variant.id;
}, 400_000);

afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await disconnectDb();
  await wire?.close();
  await postgres?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe("two web processes and two workers on one PostgreSQL", () => {
  it("stops an answer streaming in one web process from the other", async () => {
    const [first, second] = webs;
    const { session: { id: sessionId } } = await first!.api<{ session: { id: string } }>("POST", "/sessions", { variantIds: [variants["wire-small"], variants["wire-large"]] });
    const response = await fetch(`${first!.url}/api/v1/sessions/${sessionId}/turns`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ content: "Tell me a long story." }),
    });
    let turnId = "";
    let slowId = "";
    let stoppedAt = 0;
    let slowEnd: CompareEvent | undefined;
    for await (const message of readSse(response.body!)) {
      const event = JSON.parse(message.data) as CompareEvent;
      if (event.type === "turn.start") turnId = event.turnId;
      if (event.type === "completion.start" && event.variantId === variants["wire-large"]) slowId = event.completionId;
      if (event.type === "completion.delta" && event.completionId === slowId && stoppedAt === 0) {
        stoppedAt = Date.now();
        const { stopped } = await second!.api<{ stopped: number }>("POST", `/sessions/${sessionId}/stop`, { turnId });
        expect(stopped).toBeGreaterThan(0);
      }
      if ((event.type === "completion.error" || event.type === "completion.done") && event.completionId === slowId) slowEnd = event;
    }
    // 40 words 200 ms apart would take 8 s; the stop ends it at once, keeping what arrived.
    expect(slowEnd).toMatchObject({ type: "completion.error", kind: "cancelled" });
    expect(Date.now() - stoppedAt).toBeLessThan(3_000);
    const stored = await db().completion.findUniqueOrThrow({ where: { id: slowId } });
    expect(stored.status).toBe("cancelled");
    expect(stored.text.length).toBeGreaterThan(0);
  });

  it("does a replay exactly once although the worker executing it is killed midway", async () => {
    const api = webs[1]!.api;
    await api("POST", "/prompts", { name: "capitals", messages: [{ role: "user", content: "Capital of {{country}}?" }] });
    const { dataset } = await api<{ dataset: { id: string } }>("POST", "/datasets", { name: "countries" });
    await api("POST", `/datasets/${dataset.id}/import`, { format: "csv", content: `country\n${Array.from({ length: 60 }, (_, i) => `Country${i}`).join("\n")}\n` });
    const { run } = await api<{ run: { id: string } }>("POST", "/runs", { kind: "replay", prompt: "capitals", dataset: "countries", variants: ["v-wire-small"], concurrency: 4 });
    await expect.poll(async () => db().runItem.count({ where: { runId: run.id, status: "done" } }), { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(12);
    const holder = (await db().run.findUniqueOrThrow({ where: { id: run.id } })).executorId!;
    // `juxta worker` runs its worker as a heap-capped child (bin/heap-cap.js): the executor is that
    // child, so it is the process killed here — the launcher only waits for it.
    const executorPid = Number(holder.split(":")[1]);
    expect(executorPid).toBeGreaterThan(0);
    process.kill(executorPid, "SIGKILL");

    await expect.poll(async () => (await db().run.findUniqueOrThrow({ where: { id: run.id } })).status, { timeout: 150_000, interval: 500 }).toBe("done");
    const items = await db().runItem.findMany({ where: { runId: run.id } });
    expect(items).toHaveLength(60);
    expect(items.every((item) => item.status === "done" && item.passed !== false)).toBe(true);
    expect(await db().completion.count({ where: { runItem: { runId: run.id } } })).toBe(60);
    expect(await db().completion.count({ where: { turnId: null, runItem: null } })).toBe(0);
    const takenBy = (await db().run.findUniqueOrThrow({ where: { id: run.id } })).executorId;
    expect(takenBy === null || !takenBy.includes(`:${executorPid}:`)).toBe(true);
    const calls = wire.requests.filter((request) => JSON.stringify(request.body.messages).includes("Capital of")).length;
    expect(calls).toBeGreaterThanOrEqual(60);
    expect(calls).toBeLessThanOrEqual(60 + 4);
    // The other worker takes over once the lease lapses and its resume sweep (each minute) runs.
  }, 200_000);

  it("answers requests Node refuses before Next sees them with problem documents", async () => {
    const response = await fetch(`${webs[0]!.url}/api/v1/health`, { headers: { "x-padding": "a".repeat(20_000) } });
    expect(response.status).toBe(431);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 431, title: "Request header fields too large" });
  });
});
