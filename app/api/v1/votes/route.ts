import { apiRoute } from "@/lib/api/route";
import { revealPair } from "@/lib/review/queue";
import { vote, voteSchema } from "@/lib/review/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

/** One vote per (pair, reviewer): voting again on the same pair changes the vote. The answer
 * names the variants behind A and B, now that the vote is cast. */
export const POST = apiRoute({ role: "reviewer", body: voteSchema }, async ({ user, body }) => ({
  vote: await vote(user, body),
  revealed: await revealPair(body.completionAId, body.completionBId),
}));

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
