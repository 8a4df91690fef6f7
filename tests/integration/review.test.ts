// Annotations, ratings and votes with a real database: unique keys hold under concurrent
// requests, pairs are canonical, and each role can do what it should and no more.
import { beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteAnnotation, PATCH as editAnnotation } from "../../app/api/v1/annotations/[id]/route";
import { POST as annotate } from "../../app/api/v1/completions/[id]/annotations/route";
import { POST as rate } from "../../app/api/v1/completions/[id]/ratings/route";
import { PUT as setCriteria } from "../../app/api/v1/review/criteria/route";
import { POST as vote } from "../../app/api/v1/votes/route";
import { createApiToken } from "../../lib/auth/api-tokens";
import { createUser } from "../../lib/auth/users";
import { db } from "../../lib/db/client";
import { seedProviders } from "../../lib/providers/seed";
import { createSession } from "../../lib/sessions/service";
import { createVariant } from "../../lib/variants/service";

const auth: Record<string, string> = {};
const ids = { a: "", b: "", otherTurn: "" };

beforeAll(async () => {
  for (const role of ["admin", "reviewer", "editor"] as const) {
    const user = await createUser({ name: role, email: `${role}@example.com`, password: "long-enough", role });
    auth[role] = `Bearer ${(await createApiToken(user.id, "t")).token}`;
  }
  auth.reviewer2 = await (async () => {
    const user = await createUser({ name: "r2", email: "r2@example.com", password: "long-enough", role: "reviewer" });
    return `Bearer ${(await createApiToken(user.id, "t")).token}`;
  })();
  await seedProviders({});
  const models = await db().model.findMany({ orderBy: { modelId: "asc" } });
  const variants = await Promise.all(models.slice(0, 2).map((model) => createVariant({ name: model.modelId, modelId: model.id })));
  const owner = await db().user.findFirstOrThrow();
  const session = await createSession({ variantIds: variants.map((variant) => variant.id) }, owner.id);
  const [first, second] = await Promise.all([0, 1].map((index) => db().turn.create({ data: { sessionId: session.id, index, content: `Q${index}` } })));
  const make = (turnId: string, column: (typeof session.columns)[number], text: string) =>
    db().completion.create({ data: { turnId, columnId: column.id, variantId: column.variant!.id, status: "done", request: {}, text } });
  ids.a = (await make(first!.id, session.columns[0]!, "The answer is 42.")).id;
  ids.b = (await make(first!.id, session.columns[1]!, "It depends.")).id;
  ids.otherTurn = (await make(second!.id, session.columns[1]!, "Later.")).id;
});

type Handler = (request: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call(handler: Handler, who: string, body: unknown, params: Record<string, string> = {}, method = "POST") {
  const response = await handler(
    new Request("http://localhost/api/v1/x", { method, headers: { ...(auth[who] && { authorization: auth[who]! }), "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) }),
    { params: Promise.resolve(params) },
  );
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

describe("votes", () => {
  it("keep one vote per pair and reviewer under concurrent requests, whichever side comes first", async () => {
    const choices = ["a", "b", "tie", "a", "both_bad", "b", "a", "tie"] as const;
    const results = await Promise.all(
      choices.map((choice, i) => call(vote, "reviewer", i % 2 ? { completionAId: ids.b, completionBId: ids.a, choice } : { completionAId: ids.a, completionBId: ids.b, choice })),
    );
    expect(results.every((result) => result.status === 200)).toBe(true);
    expect(await db().vote.count()).toBe(1);

    // Voting "A" with the pair presented the other way round is stored as a vote for that answer.
    await call(vote, "reviewer", { completionAId: ids.b, completionBId: ids.a, choice: "a" });
    const stored = await db().vote.findFirstOrThrow();
    const winner = stored.choice === "a" ? stored.completionAId : stored.completionBId;
    expect(winner).toBe(ids.b);

    await call(vote, "reviewer2", { completionAId: ids.a, completionBId: ids.b, choice: "tie" });
    expect(await db().vote.count()).toBe(2);
  });

  it("only compare answers to the same input from different variants", async () => {
    const other = await call(vote, "reviewer", { completionAId: ids.a, completionBId: ids.otherTurn, choice: "a" });
    expect(other.status).toBe(400);
    expect(other.body.detail).toContain("same input");
    expect((await call(vote, "reviewer", { completionAId: ids.a, completionBId: ids.a, choice: "a" })).status).toBe(400);
    expect((await call(vote, "nobody", { completionAId: ids.a, completionBId: ids.b, choice: "a" })).status).toBe(401);
  });
});

describe("ratings", () => {
  it("keep one rating per answer, reviewer and criterion, and check the scale and criteria", async () => {
    const results = await Promise.all([1, 2, 3, 4, 5].map((score) => call(rate, "reviewer", { criterion: "correctness", score }, { id: ids.a })));
    expect(results.every((result) => result.status === 200)).toBe(true);
    expect(await db().rating.count({ where: { completionId: ids.a } })).toBe(1);
    expect((await call(rate, "reviewer", { criterion: "correctness", score: 6 }, { id: ids.a })).status).toBe(400);
    const unknown = await call(rate, "reviewer", { criterion: "vibes", score: 3 }, { id: ids.a });
    expect(unknown.body.detail).toContain("rate one of: correctness, helpfulness, tone");
    expect((await call(setCriteria, "reviewer", { criteria: ["vibes"] }, {}, "PUT")).status).toBe(403);
    expect((await call(setCriteria, "admin", { criteria: ["vibes", "correctness"] }, {}, "PUT")).body).toEqual({ criteria: ["vibes", "correctness"] });
    expect((await call(rate, "reviewer", { criterion: "vibes", score: 3 }, { id: ids.a })).status).toBe(200);
  });
});

describe("annotations", () => {
  it("anchor to a span of the answer that must match, and belong to their author", async () => {
    const anchored = await call(annotate, "reviewer", { body: "Unsupported claim", quote: "42", quoteStart: 14, quoteEnd: 16 }, { id: ids.a });
    expect(anchored.status).toBe(201);
    expect(anchored.body.annotation).toMatchObject({ quote: "42", author: { name: "reviewer" } });
    const wrong = await call(annotate, "reviewer", { body: "x", quote: "43", quoteStart: 14, quoteEnd: 16 }, { id: ids.a });
    expect(wrong.status).toBe(400);

    const id = anchored.body.annotation.id as string;
    expect((await call(deleteAnnotation, "reviewer2", undefined, { id }, "DELETE")).status).toBe(403);
    expect((await call(deleteAnnotation, "admin", undefined, { id }, "DELETE")).status).toBe(204);
  });

  it("answer 200/204/404, never 500, when edits and deletes of one annotation race", async () => {
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const created = await call(annotate, "reviewer", { body: `race ${i}` }, { id: ids.b });
        const id = created.body.annotation.id as string;
        const answers = await Promise.all([
          call(editAnnotation, "reviewer", { body: `edited ${i}` }, { id }, "PATCH"),
          call(deleteAnnotation, i % 2 ? "admin" : "reviewer", undefined, { id }, "DELETE"),
          call(deleteAnnotation, "reviewer", undefined, { id }, "DELETE"),
        ]);
        statuses.push(...answers.map((answer) => answer.status));
      }),
    );
    expect(statuses.filter((status) => ![200, 204, 404, 409].includes(status))).toEqual([]);
    expect(statuses.filter((status) => status === 204)).toHaveLength(20);
    expect(await db().annotation.count({ where: { completionId: ids.b } })).toBe(0);
  });

  it("let only the author or an admin edit, and say which when the annotation is gone", async () => {
    const id = (await call(annotate, "reviewer", { body: "mine" }, { id: ids.b })).body.annotation.id as string;
    expect((await call(editAnnotation, "reviewer2", { body: "theirs" }, { id }, "PATCH")).status).toBe(403);
    expect((await call(editAnnotation, "admin", { body: "fixed" }, { id }, "PATCH")).body.annotation.body).toBe("fixed");
    expect((await call(editAnnotation, "reviewer", { body: "  " }, { id }, "PATCH")).status).toBe(400);
    expect((await call(editAnnotation, "reviewer", { body: "nul\u0000" }, { id }, "PATCH")).status).toBe(400);
    expect((await call(annotate, "reviewer", { body: "nul\u0000" }, { id: ids.b })).status).toBe(400);
    expect((await call(deleteAnnotation, "reviewer", undefined, { id }, "DELETE")).status).toBe(204);
    expect((await call(editAnnotation, "reviewer", { body: "late" }, { id }, "PATCH")).status).toBe(404);
  });
});

describe("leaderboard", () => {
  it("ranks variants from votes with intervals, counts pairs and both-bad votes, and reports agreement", async () => {
    const { GET } = await import("../../app/api/v1/leaderboard/route");
    const response = await GET(new Request("http://localhost/api/v1/leaderboard?resamples=200", { headers: { authorization: auth.reviewer! } }));
    expect(response.status).toBe(200);
    const { leaderboard: board } = await response.json();
    // Two votes so far on one pair: reviewer → the answer of ids.b wins; reviewer2 → tie.
    expect(board.totalVotes).toBe(2);
    expect(board.variants).toHaveLength(2);
    for (const variant of board.variants) expect(variant.low).toBeLessThanOrEqual(variant.high);
    const winner = await db().completion.findUniqueOrThrow({ where: { id: ids.b }, include: { variant: true } });
    expect(board.variants[0].name).toBe(winner.variant.name);
    expect(board.matrix).toHaveLength(1);
    expect(board.matrix[0].n).toBe(2);
    expect(board.separation[0]).toMatchObject({ overlapping: true });
    expect(board.agreement.votes.sharedItems).toBe(1);
    expect(board.ratings.find((rating: { criterion: string }) => rating.criterion === "correctness")).toMatchObject({ n: 1 });
  });
});

describe("review export", () => {
  it("exports votes and ratings as CSV and JSON, naming the variants", async () => {
    const { GET } = await import("../../app/api/v1/review/export/route");
    const get = (search: string) => GET(new Request(`http://localhost/api/v1/review/export${search}`, { headers: { authorization: auth.reviewer! } }));
    const csv = await (await get("?kind=votes&format=csv")).text();
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("id,sessionId,turn,runId,case,completionA,variantA,completionB,variantB,choice,reason,blind,reviewer,createdAt,updatedAt");
    expect(lines).toHaveLength(3); // two votes
    const ratings = await (await get("?kind=ratings&format=json")).json();
    expect(ratings.ratings.map((rating: { criterion: string; score: number }) => rating.criterion).sort()).toEqual(["correctness", "vibes"]);
    expect((await get("?kind=opinions")).status).toBe(400);
  });
});
