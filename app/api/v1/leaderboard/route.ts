import { apiRoute } from "@/lib/api/route";
import { leaderboard, leaderboardQuerySchema } from "@/lib/review/leaderboard";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", query: leaderboardQuerySchema }, async ({ query }) => leaderboard(query));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
