import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { goldPairSchema, listGoldPairs, markGoldPair } from "@/lib/review/gold";

/** Admins only: the list tells which pairs are gold, which reviewers must not learn. */
export const GET = apiRoute({ role: "admin" }, async () => ({ goldPairs: await listGoldPairs() }));

/** {completionAId, completionBId, expected, note?}: marks a pair as gold (again: changes its answer). */
export const POST = apiRoute({ role: "admin", body: goldPairSchema }, async ({ user, body }) => Response.json({ goldPair: await markGoldPair(user, body) }, { status: 201 }));

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
