import { apiRoute } from "@/lib/api/route";
import { leaderboard, leaderboardQuerySchema } from "@/lib/review/leaderboard";
import { leaderboardSchema } from "@/lib/review/leaderboard-schema";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute(
  {
    role: "reviewer",
    summary: "Bradley–Terry ratings from pairwise votes (humans, a judge or both) with intervals, the win-rate matrix, mean ratings and agreement.",
    query: leaderboardQuerySchema,
    response: leaderboardSchema,
  },
  async ({ query }) => ({ leaderboard: await leaderboard(query) }),
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
