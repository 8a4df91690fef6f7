// Blind Compare is really blind: until names are revealed, neither the stream nor the session,
// its export or its charts carry anything that tells the variants apart — no timings, tokens,
// speed or cost, and no provider-specific error text. After the reveal, all of it is there.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportSession } from "../../app/api/v1/sessions/[id]/export/route";
import { POST as reveal } from "../../app/api/v1/sessions/[id]/reveal/route";
import { POST as castVote } from "../../app/api/v1/votes/route";
import { GET as getSession } from "../../app/api/v1/sessions/[id]/route";
import { POST as sendTurn } from "../../app/api/v1/sessions/[id]/turns/route";
import { POST as createSession } from "../../app/api/v1/sessions/route";
import { readSse } from "../../lib/api/sse-parse";
import type { CompareEvent } from "../../lib/compare/turn-runner";
import { BLIND_ERROR } from "../../lib/completions/view";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";

let wire: WireServer;
let world: RunWorld;

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["cheap", "pricey", "other"], 1);
  wire.behave("cheap", { chunks: ["Quick", " answer."] });
  wire.behave("pricey", { alwaysFault: { type: "status", status: 400, message: "PriceyCorp model pricey-9000 rejected the request" } });
});
afterAll(() => wire.close());

type Handler = (request: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>;
const call = (handler: Handler, params: Record<string, string>, body?: unknown, search = "") =>
  handler(
    new Request(`http://localhost/api/v1/x${search}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { authorization: `Bearer ${world.token}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve(params) },
  );

describe("a blind Compare session", () => {
  it("sends and shows no metric and no telling error until the reveal", async () => {
    const { id } = (await (await call(createSession, {}, { variantIds: [world.variants.cheap, world.variants.pricey], blind: true })).json()).session;
    const events: CompareEvent[] = [];
    for await (const message of readSse((await call(sendTurn, { id }, { content: "Hello?" })).body!)) events.push(JSON.parse(message.data) as CompareEvent);
    const ends = events.filter((event) => event.type === "completion.done" || event.type === "completion.error");
    expect(ends).toHaveLength(2);
    for (const end of ends) expect(end.metrics).toBeNull();
    expect(ends.find((end) => end.type === "completion.error")).toMatchObject({ kind: "bad_request", message: BLIND_ERROR });
    expect(JSON.stringify(events)).not.toMatch(/PriceyCorp|pricey-9000|costUsd|ttftMs/);

    const hidden = JSON.stringify(await (await call(getSession, { id })).json());
    expect(hidden).not.toMatch(/PriceyCorp|pricey-9000|costUsd|ttftMs|v-cheap|v-pricey/);
    const csv = await (await call(exportSession, { id }, undefined, "?format=csv")).text();
    expect(csv.split("\n")[1]).toMatch(/,,,,,,,,/); // the metric columns are empty
    expect(csv).not.toMatch(/PriceyCorp/);

    expect((await call(reveal, { id }, {})).status).toBe(200);
    const { session } = await (await call(getSession, { id })).json();
    const answers = session.turns[0].completions;
    expect(answers.find((answer: { status: string }) => answer.status === "done").metrics).toMatchObject({ outputTokens: 2 });
    expect(answers.find((answer: { status: string }) => answer.status === "error").errorMessage).toContain("PriceyCorp");
  });

  it("takes a vote inside the session without naming the variants until the reveal", async () => {
    const { id } = (await (await call(createSession, {}, { variantIds: [world.variants.cheap, world.variants.other], blind: true })).json()).session;
    const ids: string[] = [];
    for await (const message of readSse((await call(sendTurn, { id }, { content: "Which?" })).body!)) {
      const event = JSON.parse(message.data) as CompareEvent;
      if (event.type === "completion.done") ids.push(event.completionId);
    }
    expect(ids).toHaveLength(2);
    const before = await (await call(castVote, {}, { completionAId: ids[0], completionBId: ids[1], choice: "a", blind: true })).json();
    expect(before.revealed).toBeNull();
    expect(JSON.stringify(before)).not.toMatch(/v-cheap|v-other/);
    await call(reveal, { id }, {});
    const after = await (await call(castVote, {}, { completionAId: ids[0], completionBId: ids[1], choice: "b", blind: true })).json();
    expect([after.revealed.left, after.revealed.right].sort()).toEqual(["v-cheap", "v-other"]);
  });
});
