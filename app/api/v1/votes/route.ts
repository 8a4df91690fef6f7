import { apiRoute } from "@/lib/api/route";
import { revealPair } from "@/lib/review/queue";
import { vote, voteSchema } from "@/lib/review/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { castVoteSchema } from "@/lib/review/api-schemas";

/** One vote per (pair, reviewer): voting again on the same pair changes the vote. The answer
 * names the variants behind A and B, now that the vote is cast. */
export const POST = apiRoute({ role: "reviewer", summary: "Vote on a pair (again: changes the vote); names the variants once cast.", body: voteSchema, response: castVoteSchema }, async ({ user, body }) => ({
  vote: await vote(user, body),
  revealed: await revealPair(body.completionAId, body.completionBId),
}));

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
