// The leaderboard says how sure it is: votes that never connect two sets of variants give two
// groups ranked apart, one-sided records are flagged, and a few votes do not separate anyone.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as leaderboardRoute } from "../../app/api/v1/leaderboard/route";
import { POST as vote } from "../../app/api/v1/votes/route";
import { createApiToken } from "../../lib/auth/api-tokens";
import { createUser } from "../../lib/auth/users";
import { db } from "../../lib/db/client";
import { seedProviders } from "../../lib/providers/seed";
import { createSession } from "../../lib/sessions/service";
import { createVariant } from "../../lib/variants/service";

let reviewer = "";
const names = ["alpha", "bravo", "charlie", "delta"];

/** A session of two variants with one turn per vote; the reviewer votes `choices` in order. */
async function votedSession(variantIds: [string, string], choices: Array<"a" | "b" | "tie">) {
  const owner = await db().user.findFirstOrThrow();
  const session = await createSession({ variantIds }, owner.id);
  for (const [index, choice] of choices.entries()) {
    const turn = await db().turn.create({ data: { sessionId: session.id, index, content: `Q${index}` } });
    const [a, b] = await Promise.all(
      session.columns.map((column) => db().completion.create({ data: { turnId: turn.id, columnId: column.id, variantId: column.variant!.id, status: "done", request: {}, text: `answer ${index}` } })),
    );
    const response = await vote(
      new Request("http://localhost/api/v1/votes", { method: "POST", headers: { authorization: reviewer, "content-type": "application/json" }, body: JSON.stringify({ completionAId: a!.id, completionBId: b!.id, choice }) }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(200);
  }
}

beforeAll(async () => {
  const user = await createUser({ name: "Rita", email: "rita@example.com", password: "long-enough", role: "reviewer" });
  reviewer = `Bearer ${(await createApiToken(user.id, "t")).token}`;
  await seedProviders({});
  const model = await db().model.findFirstOrThrow({ orderBy: { modelId: "asc" } });
  const variants = await Promise.all(names.map((name) => createVariant({ name, modelId: model.id })));
  const id = (name: string) => variants[names.indexOf(name)]!.id;
  // Run X compared alpha with bravo (alpha won all three), run Y charlie with delta (one each).
  await votedSession([id("alpha"), id("bravo")], ["a", "a", "a"]);
  await votedSession([id("charlie"), id("delta")], ["a", "b"]);
});

async function board() {
  const response = await leaderboardRoute(new Request("http://localhost/api/v1/leaderboard?resamples=1000", { headers: { authorization: reviewer } }), { params: Promise.resolve({}) });
  expect(response.status).toBe(200);
  return (await response.json()).leaderboard;
}

describe("leaderboard evidence", () => {
  it("ranks disconnected groups apart, flags one-sided records, and does not separate on three votes", async () => {
    const data = await board();
    expect(data.fittedVotes).toBe(5);
    const named = (id: string) => data.variants.find((variant: { id: string }) => variant.id === id).name;
    expect(data.groups.map((group: { votes: number; variants: string[] }) => [group.votes, group.variants.map(named)])).toEqual([
      [3, ["alpha", "bravo"]],
      [2, expect.arrayContaining(["charlie", "delta"])],
    ]);
    const by = Object.fromEntries(data.variants.map((variant: { name: string }) => [variant.name, variant]));
    expect(by.alpha).toMatchObject({ group: 0, wins: 3, losses: 0, votes: 3, flag: "no-losses" });
    expect(by.bravo).toMatchObject({ group: 0, flag: "no-wins" });
    expect(by.charlie).toMatchObject({ group: 1, wins: 1, losses: 1, flag: null });
    // Each group is centred on its own middle.
    expect((by.alpha.rating + by.bravo.rating) / 2).toBeCloseTo(1000, 6);
    expect((by.charlie.rating + by.delta.rating) / 2).toBeCloseTo(1000, 6);
    // Neighbours within groups only, and 3–0 is not enough to tell alpha from bravo.
    expect(data.separation.map((item: { above: string; below: string }) => [named(item.above), named(item.below)])).toEqual([
      ["alpha", "bravo"],
      [expect.any(String), expect.any(String)],
    ]);
    expect(data.separation[0]).toMatchObject({ overlapping: true, headToHead: 3 });
    // 1–1: no gap at all, so no number of votes is promised.
    expect(data.separation[1]).toMatchObject({ overlapping: true, effectivelyTied: true, votesNeeded: null });
  });
});
