import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { oneSummarySchema } from "@/lib/runs/api-schemas";
import { runSummary } from "@/lib/runs/summary";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// The CSV moved to …/summary/export: one route, one kind of answer.
const query = z.object({ format: z.literal("json", { error: "format is json; the CSV is GET /api/v1/runs/{id}/summary/export." }).optional() }).strict();

export const GET = apiRoute(
  {
    role: "reviewer",
    summary: "A run's numbers per variant (and per concurrency level): pass and error rates with 95 % intervals, latency percentiles, tokens, cost; error kinds, latency histogram, baseline comparison.",
    params: idParams,
    query,
    response: oneSummarySchema,
  },
  async ({ params }) => ({ summary: await runSummary(params.id) }),
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
