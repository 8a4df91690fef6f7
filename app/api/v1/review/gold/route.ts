import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { goldPairListSchema, oneGoldPairSchema } from "@/lib/review/api-schemas";
import { goldPairSchema, listGoldPairs, markGoldPair } from "@/lib/review/gold";

/** Admins only: the list tells which pairs are gold, which reviewers must not learn. */
export const GET = apiRoute({ role: "admin", summary: "Gold pairs (a known answer) with how reviewers voted on them.", response: goldPairListSchema }, async () => ({
  goldPairs: await listGoldPairs(),
}));

/** {completionAId, completionBId, expected, note?}: marks a pair as gold (again: changes its answer). */
export const POST = apiRoute(
  { role: "admin", summary: "Mark a pair as gold (again: change its expected answer).", body: goldPairSchema, response: oneGoldPairSchema, status: 201 },
  async ({ user, body }) => ({ goldPair: await markGoldPair(user, body) }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
