// Answers PostgreSQL cannot store, and answers whose save fails: a NUL in a model's answer is made
// storable and marked, and any answer whose save is refused still ends — a completion.error event
// in Compare, an item error of kind "storage" in a run — instead of hanging as "streaming" or
// "running" (where a run would call it again). The refusal is real: a trigger in the test's own
// database rejects answers carrying a marker.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as sendTurn } from "../../app/api/v1/sessions/[id]/turns/route";
import { POST as createSession } from "../../app/api/v1/sessions/route";
import { readSse } from "../../lib/api/sse-parse";
import type { CompareEvent } from "../../lib/compare/turn-runner";
import { FLUSH_EVERY_MS } from "../../lib/compare/text-flusher";
import { db } from "../../lib/db/client";
import { createRun } from "../../lib/runs/create-run";
import { executeRun } from "../../lib/runs/execute-run";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";
import { closeJobSender } from "../../lib/jobs/sender";

let wire: WireServer;
let world: RunWorld;
let authorization: string;

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["nul", "refused", "plain", "slow"], 3);
  authorization = `Bearer ${world.token}`;
  wire.behave("nul", { chunks: ["before", "\u0000", "after"] });
  wire.behave("refused", { chunks: ["this answer says ", "REFUSE-ME"] });
  wire.behave("plain", { chunks: ["fine"] });
  wire.behave("slow", { chunks: Array.from({ length: 12 }, (_, i) => `w${i} `), ttftMs: 50, chunkDelayMs: 250 });
  await db().$executeRawUnsafe(`
    CREATE FUNCTION refuse_marked_answers() RETURNS trigger AS $$
    BEGIN
      IF NEW.text LIKE '%REFUSE-ME%' THEN RAISE EXCEPTION 'refused by the test trigger'; END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await db().$executeRawUnsafe(`CREATE TRIGGER refuse_marked BEFORE INSERT OR UPDATE ON "Completion" FOR EACH ROW EXECUTE FUNCTION refuse_marked_answers()`);
});
afterAll(async () => {
  await closeJobSender();
  await wire.close();
});

const post = (handler: (request: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>, params: Record<string, string>, body: unknown) =>
  handler(new Request("http://localhost/api/v1/x", { method: "POST", headers: { authorization, "content-type": "application/json" }, body: JSON.stringify(body) }), { params: Promise.resolve(params) });

async function turn(variantNames: string[], onEvent?: (event: CompareEvent) => Promise<void>) {
  const created = await (await post(createSession, {}, { variantIds: variantNames.map((name) => world.variants[name]!) })).json();
  const response = await post(sendTurn, { id: created.session.id }, { content: "Say something." });
  const events: CompareEvent[] = [];
  for await (const message of readSse(response.body!)) {
    const event = JSON.parse(message.data) as CompareEvent;
    events.push(event);
    await onEvent?.(event);
  }
  const columns = await db().sessionColumn.findMany({ where: { sessionId: created.id }, include: { variant: true, completions: true } });
  return { events, byVariant: (name: string) => columns.find((column) => column.variant.name === `v-${name}`)!.completions[0]! };
}

describe("answers PostgreSQL cannot store", () => {
  it("keeps a Compare answer with a NUL (replaced and marked), and ends a refused one with a storage error", async () => {
    const { events, byVariant } = await turn(["nul", "refused", "plain"]);
    const nul = byVariant("nul");
    expect(nul).toMatchObject({ status: "done", text: "before\uFFFDafter", textSanitized: true });
    expect(byVariant("plain")).toMatchObject({ status: "done", text: "fine", textSanitized: false });
    const refused = byVariant("refused");
    expect(refused).toMatchObject({ status: "error", errorKind: "storage", text: "" });
    expect(refused.errorMessage).toContain("could not be stored");
    expect(refused.outputTokens).toBe(2); // measured figures are kept without the text
    const ends = events.filter((event) => event.type === "completion.done" || event.type === "completion.error");
    expect(ends).toHaveLength(3);
    expect(ends.find((event) => event.completionId === refused.id)).toMatchObject({ type: "completion.error", kind: "storage" });
    expect(events.at(-1)?.type).toBe("turn.done");
  });

  it("ends run items whose answer is refused as storage errors, once, and stores the NUL answer", async () => {
    const { id } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-nul", "v-refused", "v-plain"], concurrency: 3 }, world.userId);
    const callsBefore = wire.requests.length;
    expect(await executeRun(id, { pollMs: 50 })).toBe("finished");
    const run = await db().run.findUniqueOrThrow({ where: { id } });
    expect(run.status).toBe("done");
    const items = await db().runItem.findMany({ where: { runId: id }, include: { completion: true, variant: true } });
    expect(items).toHaveLength(9);
    for (const item of items) {
      if (item.variant.name === "v-refused") expect(item).toMatchObject({ status: "error", completion: { errorKind: "storage", text: "" } });
      else expect(item.status).toBe("done");
      if (item.variant.name === "v-nul") expect(item.completion).toMatchObject({ text: "before\uFFFDafter", textSanitized: true });
    }
    // Nothing was left running to be called again.
    expect(wire.requests.length - callsBefore).toBe(9);
  });
});

describe("streamed text while it streams", () => {
  it("reaches the row at least every second, so a killed server keeps what was shown", async () => {
    const flushed: number[] = [];
    let shown = "";
    await turn(["slow", "plain"], async (event) => {
      if (event.type !== "completion.delta" || !event.text.startsWith("w")) return;
      shown += event.text;
      const row = await db().completion.findUniqueOrThrow({ where: { id: event.completionId } });
      if (row.status === "streaming") flushed.push(shown.length - row.text.length);
    });
    // 12 deltas 250 ms apart: by the last ones, the row lags the stream by at most about a second.
    expect(flushed.length).toBeGreaterThan(8);
    const lagInDeltas = Math.ceil(FLUSH_EVERY_MS / 250) + 1;
    expect(Math.max(...flushed.slice(6))).toBeLessThanOrEqual(lagInDeltas * "w10 ".length);
    expect(flushed.at(-1)).toBeLessThan(shown.length);
  });
});
