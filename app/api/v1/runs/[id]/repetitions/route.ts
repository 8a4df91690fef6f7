import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { runRepetitionsSchema } from "@/lib/evidence/api-schemas";
import { runRepetitions } from "@/lib/evidence/run-repetitions";

const query = z.object({ limit: z.coerce.number({ error: "limit is a number of cases." }).int().min(1).max(1_000).default(20) }).strict();

/** What repeating each case shows: per variant pass@k, pass^k and the share of flaky cases with
 * Wilson intervals over cases; per case (flakiest first, `?limit=`) the same and the spread of
 * latency and length and the number of distinct answers. */
export const GET = apiRoute(
  { role: "reviewer", summary: "What repeating each case shows: pass@k, pass^k and flaky cases per variant, and the flakiest cases.", params: idParams, query, response: z.object({ repetitions: runRepetitionsSchema }) },
  async ({ params, query }) => ({ repetitions: await runRepetitions(params.id, { limit: query.limit }) }),
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
