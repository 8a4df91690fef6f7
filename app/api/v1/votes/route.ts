import { apiRoute } from "@/lib/api/route";
import { vote, voteSchema } from "@/lib/review/service";

/** One vote per (pair, reviewer): voting again on the same pair changes the vote. */
export const POST = apiRoute({ role: "reviewer", body: voteSchema }, async ({ user, body }) => ({ vote: await vote(user, body) }));
