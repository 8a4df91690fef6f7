// Review over run answers: the queue hands out blind pairs from a replay (same case, same
// repetition, different variants), votes outside that rule are refused, and the leaderboard and
// exports narrow to a dataset's or a run's answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as leaderboardRoute } from "../../app/api/v1/leaderboard/route";
import { GET as exportRoute } from "../../app/api/v1/review/export/route";
import { GET as nextRoute } from "../../app/api/v1/review/next/route";
import { POST as voteRoute } from "../../app/api/v1/votes/route";
import { createApiToken } from "../../lib/auth/api-tokens";
import { createUser } from "../../lib/auth/users";
import { createDataset } from "../../lib/datasets/service";
import { db } from "../../lib/db/client";
import { createRun } from "../../lib/runs/create-run";
import { executeRun } from "../../lib/runs/execute-run";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";
import { closeJobSender } from "../../lib/jobs/sender";

let wire: WireServer;
let world: RunWorld;
let reviewer = "";
let runId = "";

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["alpha", "beta"], 3);
  wire.behave("alpha", { echo: true });
  wire.behave("beta", { chunks: ["I", " do", " not", " know."] });
  const user = await createUser({ name: "Rita", email: "rita@example.com", password: "long-enough", role: "reviewer" });
  reviewer = `Bearer ${(await createApiToken(user.id, "t")).token}`;
  ({ id: runId } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-alpha", "v-beta"], repetitions: 2 }, world.userId));
  expect(await executeRun(runId)).toBe("finished");
});
afterAll(async () => {
  await closeJobSender();
  await wire?.close();
});

type Handler = (request: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call(handler: Handler, search = "", body?: unknown) {
  const response = await handler(
    new Request(`http://localhost/api/v1/x${search}`, { method: body === undefined ? "GET" : "POST", headers: { authorization: reviewer, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) }),
    { params: Promise.resolve({}) },
  );
  const text = await response.text();
  return { status: response.status, body: response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text };
}

describe("review of run answers", () => {
  it("hands out blind pairs of one case and repetition from different variants, each once", async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const { pair } = (await call(nextRoute)).body;
      expect(pair.prompt).toMatch(/^Capital of Country\d\?$/);
      expect(pair.remaining).toBe(6 - i);
      const items = await db().runItem.findMany({ where: { completionId: { in: [pair.left.completionId, pair.right.completionId] } } });
      expect(items).toHaveLength(2);
      expect(items[0]!.caseKey).toBe(items[1]!.caseKey);
      expect(items[0]!.repetition).toBe(items[1]!.repetition);
      expect(items[0]!.variantId).not.toBe(items[1]!.variantId);
      seen.add(`${items[0]!.caseKey}#${items[0]!.repetition}`);
      const alphaLeft = items.find((item) => item.completionId === pair.left.completionId)!.variantId === world.variants.alpha;
      const voted = await call(voteRoute, "", { completionAId: pair.left.completionId, completionBId: pair.right.completionId, choice: alphaLeft ? "a" : "b", blind: true });
      expect(voted.status).toBe(200);
    }
    expect(seen.size).toBe(6);
    expect((await call(nextRoute)).body.pair).toBeNull();
  });

  it("refuses votes between answers to different inputs", async () => {
    const items = await db().runItem.findMany({ where: { runId }, orderBy: { sequence: "asc" } });
    const differentCase = items.find((item) => item.caseKey !== items[0]!.caseKey && item.variantId !== items[0]!.variantId)!;
    const sameVariant = items.find((item) => item.caseKey === items[0]!.caseKey && item.variantId === items[0]!.variantId && item.repetition !== items[0]!.repetition)!;
    for (const other of [differentCase, sameVariant]) {
      const refused = await call(voteRoute, "", { completionAId: items[0]!.completionId, completionBId: other.completionId, choice: "a" });
      expect(refused.status).toBe(400);
      expect(refused.body.detail).toBe("Votes compare two answers to the same input from different variants.");
    }
  });

  it("narrows the leaderboard and exports to a dataset's or a run's answers", async () => {
    const all = (await call(leaderboardRoute, `?datasetId=${world.datasetId}&resamples=200`)).body.leaderboard;
    expect(all.fittedVotes).toBe(6);
    expect(all.variants.map((variant: { name: string }) => variant.name)).toEqual(["v-alpha", "v-beta"]);
    expect(all.matrix).toEqual([expect.objectContaining({ n: 6 })]);
    const other = await createDataset({ name: "unrelated" });
    expect((await call(leaderboardRoute, `?datasetId=${other.id}&resamples=200`)).body.leaderboard.fittedVotes).toBe(0);
    expect((await call(leaderboardRoute, `?runId=${runId}&resamples=200`)).body.leaderboard.fittedVotes).toBe(6);

    // Boards are kept until the votes change: a changed vote shows at once.
    const before = (await call(leaderboardRoute, `?runId=${runId}&resamples=200`)).body.leaderboard.matrix[0];
    const vote = await db().vote.findFirstOrThrow();
    await call(voteRoute, "", { completionAId: vote.completionAId, completionBId: vote.completionBId, choice: "tie" });
    const after = (await call(leaderboardRoute, `?runId=${runId}&resamples=200`)).body.leaderboard.matrix[0];
    expect(after.ties).toBe(before.ties + 1);

    const csv = (await call(exportRoute, `?kind=votes&format=csv&runId=${runId}`)).body as string;
    const [header, ...rows] = csv.trim().split("\r\n");
    expect(header).toContain("runId,case");
    expect(rows).toHaveLength(6);
    expect(rows.every((row) => row.includes(runId))).toBe(true);
  });
});
