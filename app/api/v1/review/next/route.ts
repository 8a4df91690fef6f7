import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { nextPair } from "@/lib/review/queue";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

const query = z.object({ skip: z.string().max(10_000).optional() });

/** The next blind pair for the signed-in reviewer, or {pair: null} when there is none left.
 * skip: comma-separated "aId|bId" pairs passed over with j. */
export const GET = apiRoute({ role: "reviewer", query }, async ({ user, query }) => ({
  pair: await nextPair(user.id, query.skip ? query.skip.split(",") : []),
}));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
