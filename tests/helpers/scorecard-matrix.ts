// A small fixed matrix for scorecard tests, written straight into the database so every figure
// can be worked out by hand (tests/integration/scorecard.test.ts works them out):
//
//            c0 (clean)   c1 (clean)   c2 (clean)   c3 noisy:typo  c4 noisy:case   c5
// alpha      pass         pass         pass         pass           error           cancelled
//   total    100          200          300          400            —
//   ttft     50           60           70           80             —
//   in/out   100/10       100/20       100/30       200/40         —
//   cost     0.001        0.001        0.001        0.002          0
// beta       pass         pass         FAIL         pass           pass
//   total    500          600          700          800            900
//   ttft     100          100          100          100            200
//   in/out   100/50 each, cost 0.0005 each
// gamma      FAIL on every case; total 100, ttft 20, in/out 100/5, cost 0.0002 each
//
// alpha's model has a 1,000-token context window; beta's and gamma's model 2,000.
import { createApiToken } from "../../lib/auth/api-tokens";
import { createUser } from "../../lib/auth/users";
import { db } from "../../lib/db/client";
import { createProvider } from "../../lib/providers/service";
import { createVariant, getVariant } from "../../lib/variants/service";

export interface ScorecardMatrix {
  editorToken: string;
  reviewerToken: string;
  runId: string;
  loadRunId: string;
  datasetId: string;
}

interface Cell {
  status: "done" | "error" | "cancelled";
  passed?: boolean;
  totalMs?: number;
  ttftMs?: number;
  inputTokens?: number;
  outputTokens?: number;
  costUsd?: string;
}
const done = (passed: boolean, totalMs: number, ttftMs: number, inputTokens: number, outputTokens: number, costUsd: string): Cell => ({ status: "done", passed, totalMs, ttftMs, inputTokens, outputTokens, costUsd });

const matrix: Record<string, Array<Cell | null>> = {
  alpha: [done(true, 100, 50, 100, 10, "0.001"), done(true, 200, 60, 100, 20, "0.001"), done(true, 300, 70, 100, 30, "0.001"), done(true, 400, 80, 200, 40, "0.002"), { status: "error", costUsd: "0" }, { status: "cancelled" }],
  beta: [done(true, 500, 100, 100, 50, "0.0005"), done(true, 600, 100, 100, 50, "0.0005"), done(false, 700, 100, 100, 50, "0.0005"), done(true, 800, 100, 100, 50, "0.0005"), done(true, 900, 200, 100, 50, "0.0005"), null],
  gamma: [0, 1, 2, 3, 4].map((): Cell | null => done(false, 100, 20, 100, 5, "0.0002")).concat([null]),
};
const tags = [[], [], [], ["noisy:typo"], ["noisy:case", "short"], []];

export async function createScorecardMatrix(): Promise<ScorecardMatrix> {
  const editor = await createUser({ name: "Editor", email: "editor@example.com", password: "long-enough", role: "editor" });
  const reviewer = await createUser({ name: "Reviewer", email: "reviewer@example.com", password: "long-enough", role: "reviewer" });
  const editorToken = (await createApiToken(editor.id, "ci")).token;
  const reviewerToken = (await createApiToken(reviewer.id, "ci")).token;
  const provider = await createProvider({ name: "Fixed", kind: "openai_compatible", baseUrl: "http://127.0.0.1:9/v1" });
  const small = await db().model.create({ data: { providerId: provider.id, modelId: "small", displayName: "small", contextWindow: 1000 } });
  const large = await db().model.create({ data: { providerId: provider.id, modelId: "large", displayName: "large", contextWindow: 2000 } });
  const variants = {
    alpha: (await createVariant({ name: "alpha", modelId: small.id })).id,
    beta: (await createVariant({ name: "beta", modelId: large.id })).id,
    gamma: (await createVariant({ name: "gamma", modelId: large.id })).id,
  };
  const dataset = await db().dataset.create({ data: { name: "fixed" } });
  const datasetId = dataset.id;
  const cases = [];
  for (const [position, caseTags] of tags.entries()) cases.push(await db().testCase.create({ data: { datasetId, position, tags: caseTags } }));
  const run = await db().run.create({ data: { kind: "replay", name: "fixed matrix", status: "done", datasetId, createdById: editor.id, variants: { create: await Promise.all(Object.values(variants).map(async (variantId, position) => ({ variantId, position, revisionId: (await getVariant(variantId)).revision.id }))) } } });
  const runId = run.id;
  let sequence = 0;
  for (const [name, cells] of Object.entries(matrix)) {
    const variantId = variants[name as keyof typeof variants];
    for (const [index, cell] of cells.entries()) {
      if (!cell) continue;
      const completion =
        cell.status === "cancelled"
          ? null
          : await db().completion.create({
              data: { variantId, request: {}, status: cell.status, errorKind: cell.status === "error" ? "server" : null, totalMs: cell.totalMs, ttftMs: cell.ttftMs, inputTokens: cell.inputTokens, outputTokens: cell.outputTokens, costUsd: cell.costUsd },
            });
      await db().runItem.create({
        data: { runId, caseKey: cases[index]!.id, testCaseId: cases[index]!.id, variantId, repetition: 0, sequence: sequence++, status: cell.status, completionId: completion?.id, passed: cell.status === "done" ? cell.passed : cell.status === "error" ? false : null },
      });
    }
  }
  const loadRunId = (await db().run.create({ data: { kind: "load", name: "load", status: "done", createdById: editor.id, concurrencyLevels: [1], requestCount: 1 } })).id;
  return { editorToken, reviewerToken, runId, loadRunId, datasetId };
}
