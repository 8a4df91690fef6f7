import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { forbidden } from "@/lib/api/errors";
import { hasRole } from "@/lib/auth/roles";
import { nextPair, nextQuerySchema } from "@/lib/review/queue";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { reviewPairSchema } from "@/lib/review/api-schemas";

/** The next blind pair for the signed-in reviewer, or {pair: null} when there is none left.
 * skip: comma-separated "aId|bId" pairs passed over with j; runId / datasetId: only that run's or
 * dataset's pairs; gold=true: only gold pairs — admins only, or a reviewer could list them. */
export const GET = apiRoute(
  { role: "reviewer", summary: "The next blind pair of answers for you to vote on, or null when none is left.", query: nextQuerySchema, response: z.object({ pair: reviewPairSchema.nullable() }) },
  async ({ user, query }) => {
    const gold = query.gold === "true";
    if (gold && !hasRole(user, "admin")) throw forbidden("Only admins can ask for gold pairs: reviewers meet them unannounced.");
    return { pair: await nextPair(user.id, { skip: query.skip ? query.skip.split(",") : [], runId: query.runId, datasetId: query.datasetId, gold }) };
  },
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
