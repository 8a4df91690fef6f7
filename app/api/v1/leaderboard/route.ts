import { apiRoute } from "@/lib/api/route";
import { leaderboard, leaderboardQuerySchema } from "@/lib/review/leaderboard";

export const GET = apiRoute({ role: "reviewer", query: leaderboardQuerySchema }, async ({ query }) => leaderboard(query));
