// Review: the blind pair queue, votes, rating criteria, annotations and ratings of answers, and
// (admins) reviewers, their exclusions and gold pairs.
import type * as next from "@/app/api/v1/review/next/route";
import type * as votes from "@/app/api/v1/votes/route";
import type * as criteria from "@/app/api/v1/review/criteria/route";
import type * as reviewers from "@/app/api/v1/review/reviewers/route";
import type * as exclusions from "@/app/api/v1/review/reviewers/[id]/exclusions/route";
import type * as endExclusion from "@/app/api/v1/review/reviewers/[id]/exclusions/end/route";
import type * as gold from "@/app/api/v1/review/gold/route";
import type * as goldPair from "@/app/api/v1/review/gold/[id]/route";
import type * as sessionReviews from "@/app/api/v1/sessions/[id]/reviews/route";
import type * as annotations from "@/app/api/v1/completions/[id]/annotations/route";
import type * as annotation from "@/app/api/v1/annotations/[id]/route";
import type * as ratings from "@/app/api/v1/completions/[id]/ratings/route";
import { browserTransport, segment, typedCaller, type BodyOf, type QueryOf, type ResponseOf, type Transport } from "./call";

export type QueueQuery = QueryOf<typeof next.GET>;
export type NewVote = BodyOf<typeof votes.POST>;
export type ReviewerJson = ResponseOf<typeof reviewers.GET>["reviewers"][number];
export type ExclusionJson = ResponseOf<typeof endExclusion.POST>["exclusion"];
export type GoldPairJson = ResponseOf<typeof gold.GET>["goldPairs"][number];
export type NewGoldPair = BodyOf<typeof gold.POST>;
export type NewAnnotation = BodyOf<typeof annotations.POST>;
export type NewRating = BodyOf<typeof ratings.POST>;

export function reviewApi(transport: Transport = browserTransport) {
  const { get, send } = typedCaller(transport);
  const reviewer = (id: string) => `/review/reviewers/${segment(id)}`;
  return {
    next: (query: QueueQuery) => get<typeof next.GET>("/review/next", query),
    vote: (input: NewVote) => send<typeof votes.POST>("POST", "/votes", input),
    criteria: () => get<typeof criteria.GET>("/review/criteria"),
    setCriteria: (list: string[]) => send<typeof criteria.PUT>("PUT", "/review/criteria", { criteria: list }),
    reviewers: () => get<typeof reviewers.GET>("/review/reviewers"),
    exclusions: (reviewerId: string) => get<typeof exclusions.GET>(`${reviewer(reviewerId)}/exclusions`),
    exclude: (reviewerId: string, reason: string) => send<typeof exclusions.POST>("POST", `${reviewer(reviewerId)}/exclusions`, { reason }),
    endExclusion: (reviewerId: string) => send<typeof endExclusion.POST>("POST", `${reviewer(reviewerId)}/exclusions/end`),
    goldPairs: () => get<typeof gold.GET>("/review/gold"),
    markGold: (input: NewGoldPair) => send<typeof gold.POST>("POST", "/review/gold", input),
    deleteGold: (id: string) => send<typeof goldPair.DELETE>("DELETE", `/review/gold/${segment(id)}`),
    sessionReviews: (sessionId: string) => get<typeof sessionReviews.GET>(`/sessions/${segment(sessionId)}/reviews`),
    annotations: (completionId: string) => get<typeof annotations.GET>(`/completions/${segment(completionId)}/annotations`),
    annotate: (completionId: string, input: NewAnnotation) => send<typeof annotations.POST>("POST", `/completions/${segment(completionId)}/annotations`, input),
    editAnnotation: (id: string, body: string) => send<typeof annotation.PATCH>("PATCH", `/annotations/${segment(id)}`, { body }),
    deleteAnnotation: (id: string) => send<typeof annotation.DELETE>("DELETE", `/annotations/${segment(id)}`),
    ratings: (completionId: string) => get<typeof ratings.GET>(`/completions/${segment(completionId)}/ratings`),
    rate: (completionId: string, input: NewRating) => send<typeof ratings.POST>("POST", `/completions/${segment(completionId)}/ratings`, input),
  };
}
