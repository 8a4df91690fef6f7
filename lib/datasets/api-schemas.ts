// What the datasets API answers, as zod: the routes declare these as their responses, so the
// OpenAPI document and the typed client (lib/api-client/datasets.ts) follow them. The services
// keep their own types; the compiler checks them against these wherever a route returns them.
import { z } from "zod";
import { isoDate } from "../api/iso-date";
import { assertionsSchema } from "../assertions/schema";
import { columnRoles } from "./import-mapping";
import { noiseKinds } from "./noisy/perturbations";

const messagesSchema = z.array(z.object({ role: z.enum(["system", "user", "assistant"]), content: z.string() }));
const variablesSchema = z.record(z.string(), z.unknown());

const datasetListItemSchema = z.object({ id: z.string(), name: z.string(), description: z.string(), caseCount: z.number().int(), updatedAt: isoDate });
export const datasetListSchema = z.object({ datasets: z.array(datasetListItemSchema) });
/** A dataset as created: the list's row. */
export const createdDatasetSchema = z.object({ dataset: datasetListItemSchema });

const datasetHeaderSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  noisyOfId: z.string().nullable().describe("Set on a noisy copy: the clean dataset it was made from."),
  noise: z.object({ kinds: z.array(z.string()), seed: z.number().int() }).nullable(),
});

const caseRowSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  variables: variablesSchema,
  messages: messagesSchema.nullable().describe("A conversation case's messages; null for a case of variables."),
  expectedOutput: z.string().nullable(),
  tags: z.array(z.string()),
  assertions: assertionsSchema,
});

const caseDetailSchema = caseRowSchema.extend({ cleanCaseId: z.string().nullable().describe("On a noisy case: the clean case it perturbs.") });

/** The whole dataset with every case. */
export const datasetDetailSchema = z.object({ dataset: datasetHeaderSchema.extend({ cases: z.array(caseDetailSchema) }) });

/** One case, as adding or editing it answers: not the dataset, which may hold 100,000 of them. */
export const oneCaseSchema = z.object({ case: caseDetailSchema });

export const datasetSummarySchema = z.object({
  dataset: datasetHeaderSchema.extend({
    caseCount: z.number().int(),
    withAssertions: z.number().int(),
    conversations: z.number().int().describe("Cases holding a conversation (messages)."),
    tags: z.array(z.object({ tag: z.string(), count: z.number().int() })).describe("The most used tags (at most 200), most used first."),
    variableNames: z.array(z.string()),
  }),
});

export const casePageSchema = z.object({ cases: z.array(caseRowSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const importResultSchema = z.object({ imported: z.number().int(), skipped: z.number().int(), replaced: z.number().int() });

const caseInputSchema = z.object({ variables: variablesSchema, messages: messagesSchema.optional(), expectedOutput: z.string().optional(), tags: z.array(z.string()), assertions: assertionsSchema });

export const importPreviewSchema = z.object({
  delimiter: z.string().nullable().describe("The CSV delimiter in effect (given or detected); null for JSONL."),
  columns: z.array(z.string()),
  mapping: z.record(z.string(), z.enum(columnRoles)).describe("Column → role, as the import would read it."),
  rows: z.array(z.array(z.string())).describe("The first rows as in the file: a cell per column."),
  cases: z.array(caseInputSchema).describe("The same rows as the cases they become (bad rows left out)."),
  total: z.number().int(),
  problemCount: z.number().int(),
  problems: z.array(z.object({ line: z.number().int(), field: z.string().optional(), message: z.string(), sentence: z.string() })).describe("The first 20 problems."),
});

export const noisyCopyResponseSchema = z.object({
  dataset: z.object({ id: z.string(), name: z.string(), noisyOfId: z.string(), noise: z.object({ kinds: z.array(z.enum(noiseKinds)), seed: z.number().int() }), caseCount: z.number().int() }),
});
