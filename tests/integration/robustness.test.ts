// Robustness on a real run of a noisy copy: an echoing model passes a clean case ("contains
// Country<i>") and fails its truncated version (the cut always takes the end of the name), while
// an injected instruction leaves the echo passing. A model that answers nothing useful fails both
// sides: no drop. Every figure below is worked out from those rules.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as robustnessRoute } from "../../app/api/v1/runs/[id]/robustness/route";
import { makeNoisyCopy } from "../../lib/datasets/noisy/make-noisy-copy";
import type { RunRobustness } from "../../lib/evidence/robustness";
import { newcombePairedDifference } from "../../lib/stats/proportions";
import { createRun } from "../../lib/runs/create-run";
import { executeRun } from "../../lib/runs/execute-run";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";
import { closeJobSender } from "../../lib/jobs/sender";

let wire: WireServer;
let world: RunWorld;
const CASES = 10;

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["echo", "fixed"], CASES);
  wire.behave("echo", { echo: true });
  wire.behave("fixed", { chunks: ["Nothing", " useful."] });
});
afterAll(async () => {
  await closeJobSender();
  await wire.close();
});

async function robustness(runId: string) {
  const response = await robustnessRoute(new Request(`http://localhost/api/v1/runs/${runId}/robustness`, { headers: { authorization: `Bearer ${world.token}` } }), { params: Promise.resolve({ id: runId }) });
  const { robustness } = (await response.json()) as { robustness: RunRobustness };
  return { status: response.status, body: robustness };
}

async function replay(dataset: string, repetitions = 1) {
  const { id } = await createRun({ kind: "replay", prompt: world.promptName, dataset, variants: ["v-echo", "v-fixed"], concurrency: 4, repetitions }, world.userId);
  expect(await executeRun(id, { pollMs: 50 })).toBe("finished");
  return id;
}

describe("GET /api/v1/runs/{id}/robustness", () => {
  it("gives the paired drop per variant and kind, with McNemar's p, Newcombe's interval and Holm across kinds", async () => {
    const copy = await makeNoisyCopy(world.datasetId, { kinds: ["truncation", "injection"], seed: 5 });
    const { status, body } = await robustness(await replay(copy.name, 2));
    expect(status).toBe(200);
    expect(body.noisy).toBe(true);
    expect(body.kinds).toEqual(["injection", "truncation"]);
    const drop = (variant: string, kind: string) => body.drops.find((row) => row.variantName === variant && row.kind === kind)!;
    // Echo, truncation: 10 cases × 2 repetitions = 20 pairs, every clean answer passes and every
    // truncated one fails → drop 100 points, McNemar p = 2 × 0.5^20; Holm with injection's p = 1
    // doubles it.
    const truncated = drop("v-echo", "truncation");
    expect(truncated).toMatchObject({ n: 20, cleanPassRate: 1, noisyPassRate: 0, drop: 1, brokenByNoise: 20, fixedByNoise: 0, significant: true });
    expect(truncated.pValue).toBeCloseTo(2 * 0.5 ** 20, 15);
    expect(truncated.pAdjusted).toBeCloseTo(4 * 0.5 ** 20, 15);
    expect(truncated.ci95).toEqual(newcombePairedDifference({ both: 0, onlyA: 20, onlyB: 0, neither: 0 }));
    expect(truncated.sentence).toMatch(/^v-echo passes 100\.0 points less often with truncation than on the clean cases \(95 % CI .* points, p = < 0\.001 after Holm, 20 pairs — a small sample\)\.$/);
    // Echo, injection: the echo still contains the country → no drop at all.
    expect(drop("v-echo", "injection")).toMatchObject({ n: 20, cleanPassRate: 1, noisyPassRate: 1, drop: 0, pValue: 1, pAdjusted: 1, significant: false });
    // Fixed: fails clean and noisy alike.
    for (const kind of ["truncation", "injection"]) expect(drop("v-fixed", kind)).toMatchObject({ n: 20, cleanPassRate: 0, noisyPassRate: 0, drop: 0, pValue: 1, significant: false });
  });

  it("says there is nothing to say on a run of a clean dataset, and 404 for an unknown run", async () => {
    const { body } = await robustness(await replay(world.datasetName));
    expect(body).toMatchObject({ noisy: false, kinds: [], drops: [] });
    expect((await robustness("00000000-0000-7000-8000-000000000000")).status).toBe(404);
  });
});
