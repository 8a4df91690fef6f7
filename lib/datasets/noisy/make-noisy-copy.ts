// "Make a noisy copy" of a dataset: a new dataset holding a copy of every clean case (tagged
// `clean`) and, per clean case and per chosen kind, one perturbed case (tagged `noisy:<kind>`,
// linked to the copied clean case by cleanCaseId). Clean and noisy live in ONE dataset so one run
// answers both and lib/evidence/robustness.ts can pair them. The copy is a pure function of the
// clean cases, the kinds and the seed: the same seed makes the same copy.
import "server-only";
import { z } from "zod";
import { AppError, conflict, notFound } from "../../api/errors";
import { db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import type { Prisma } from "../../db/generated/client";
import { uuid7 } from "../../db/uuid7";
import type { ChatMessage } from "../../providers/types";
import { appendTimeoutMs } from "../append-cases";
import { perturbCase } from "./perturb-case";
import { noiseKinds, type NoiseKind } from "./perturbations";

/** Clean cases a copy may start from: with all seven kinds that is 40,000 cases, well inside what
 * an import takes. A bigger dataset is better sampled first. */
export const MAX_CLEAN_CASES = 5_000;
const ROWS_PER_STATEMENT = 1_000;

export const noisyCopySchema = z
  .object({
    kinds: z
      .array(z.enum(noiseKinds, { error: `Each kind is one of ${noiseKinds.join(", ")}.` }))
      .min(1, "Pick at least one kind of noise.")
      .refine((kinds) => new Set(kinds).size === kinds.length, "Each kind once."),
    seed: z.int({ error: "The seed is a whole number." }).min(0, "The seed is 0 or more.").max(2 ** 32 - 1, "The seed fits in 32 bits."),
    name: z.string().trim().min(1).max(120).optional(),
  })
  .strict();

export type NoisyCopyInput = z.input<typeof noisyCopySchema>;

export interface NoisyCopy {
  id: string;
  name: string;
  noisyOfId: string;
  noise: { kinds: NoiseKind[]; seed: number };
  caseCount: number;
}

interface CaseRow {
  id: string;
  datasetId: string;
  position: number;
  variables: Prisma.InputJsonValue;
  messages?: Prisma.InputJsonValue;
  expectedOutput: string | null;
  tags: string[];
  assertions: Prisma.InputJsonValue;
  cleanCaseId: string | null;
}

const withoutNoiseTags = (tags: string[]) => tags.filter((tag) => tag !== "clean" && !tag.startsWith("noisy:"));

export async function makeNoisyCopy(datasetId: string, input: NoisyCopyInput): Promise<NoisyCopy> {
  const { kinds, seed, name: chosenName } = noisyCopySchema.parse(input);
  const source = await db().dataset.findFirst({ where: { id: datasetId, archivedAt: null }, select: { id: true, name: true, description: true } });
  if (!source) throw notFound("That dataset");
  // A noisy copy of a noisy copy starts from its clean cases only: noise is not stacked.
  const rowsIn = await db().testCase.findMany({ where: { datasetId, cleanCaseId: null }, orderBy: { position: "asc" } });
  const cases = rowsIn.filter((testCase) => !testCase.tags.some((tag) => tag.startsWith("noisy:")));
  if (cases.length === 0) throw new AppError("validation", 400, "The dataset has no test cases to copy.");
  if (cases.length > MAX_CLEAN_CASES) throw new AppError("validation", 400, `A noisy copy starts from at most ${MAX_CLEAN_CASES} cases; this dataset has ${cases.length}.`);
  const name = chosenName ?? `${source.name} — noisy (seed ${seed})`.slice(0, 120);
  const copyId = uuid7();
  const rows: CaseRow[] = [];
  cases.forEach((testCase, index) => {
    const cleanId = uuid7();
    const tags = withoutNoiseTags(testCase.tags);
    const base = { datasetId: copyId, expectedOutput: testCase.expectedOutput, assertions: testCase.assertions as Prisma.InputJsonValue };
    const messages = Array.isArray(testCase.messages) ? (testCase.messages as unknown as ChatMessage[]) : null;
    const content = { variables: (testCase.variables ?? {}) as Record<string, unknown>, messages };
    rows.push({ ...base, id: cleanId, position: rows.length, variables: content.variables as Prisma.InputJsonValue, ...(messages && { messages: messages as unknown as Prisma.InputJsonValue }), tags: [...tags, "clean"], cleanCaseId: null });
    for (const kind of kinds) {
      // The index among the clean cases, not the stored position: a copy made from a dataset with
      // gaps in its positions (deleted cases) is the same as one made from the same cases without.
      const noisy = perturbCase(content, kind, seed, index);
      rows.push({
        ...base,
        id: uuid7(),
        position: rows.length,
        variables: noisy.variables as Prisma.InputJsonValue,
        ...(noisy.messages && { messages: noisy.messages as unknown as Prisma.InputJsonValue }),
        tags: [...tags, `noisy:${kind}`],
        cleanCaseId: cleanId,
      });
    }
  });
  try {
    await db().$transaction(
      async (tx) => {
        await tx.dataset.create({ data: { id: copyId, name, description: `Noisy copy of "${source.name}" (${kinds.join(", ")}; seed ${seed}).`, noisyOfId: source.id, noise: { kinds, seed } } });
        for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) await tx.testCase.createMany({ data: rows.slice(start, start + ROWS_PER_STATEMENT) });
      },
      { timeout: appendTimeoutMs(rows.length) },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A dataset named "${name}" already exists; choose another name.`);
    throw error;
  }
  return { id: copyId, name, noisyOfId: source.id, noise: { kinds, seed }, caseCount: rows.length };
}
