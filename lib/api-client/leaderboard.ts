// The leaderboard: ratings from pairwise votes (humans, a judge or both). The votes and ratings
// export (GET /review/export) is a file: a link, not a call.
import type * as leaderboard from "@/app/api/v1/leaderboard/route";
import { browserTransport, typedCaller, type QueryOf, type ResponseOf, type Transport } from "./call";

export type LeaderboardJson = ResponseOf<typeof leaderboard.GET>["leaderboard"];
export type LeaderboardQuery = QueryOf<typeof leaderboard.GET>;

export function leaderboardApi(transport: Transport = browserTransport) {
  const { get } = typedCaller(transport);
  return { get: (query: LeaderboardQuery) => get<typeof leaderboard.GET>("/leaderboard", query) };
}
