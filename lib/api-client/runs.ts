// Runs: start, list, read, follow and cancel them, and their items, summary and outcomes. The event
// stream (GET /runs/{id}/events) stays with its reader (lib/cli/follow-run.ts), the file downloads
// with the links that open them.
import type * as runs from "@/app/api/v1/runs/route";
import type * as run from "@/app/api/v1/runs/[id]/route";
import type * as cancel from "@/app/api/v1/runs/[id]/cancel/route";
import type * as progress from "@/app/api/v1/runs/[id]/progress/route";
import type * as items from "@/app/api/v1/runs/[id]/items/route";
import type * as changes from "@/app/api/v1/runs/[id]/items/changes/route";
import type * as item from "@/app/api/v1/runs/[id]/items/[itemId]/route";
import type * as summary from "@/app/api/v1/runs/[id]/summary/route";
import type * as outcomes from "@/app/api/v1/runs/[id]/outcomes/route";
import type * as comparisons from "@/app/api/v1/runs/[id]/comparisons/route";
import type * as routing from "@/app/api/v1/runs/[id]/routing/route";
import type * as repetitions from "@/app/api/v1/runs/[id]/repetitions/route";
import type * as robustness from "@/app/api/v1/runs/[id]/robustness/route";
import type * as scorecard from "@/app/api/v1/runs/[id]/scorecard/route";
import { browserTransport, segment, typedCaller, type BodyOf, type QueryOf, type ResponseOf, type Transport } from "./call";

export type RunJson = ResponseOf<typeof run.GET>["run"];
export type RunListQuery = QueryOf<typeof runs.GET>;
export type NewRun = BodyOf<typeof runs.POST>;
export type RunItemsQuery = QueryOf<typeof items.GET>;
export type RunItemJson = ResponseOf<typeof items.GET>["items"][number];
export type RunItemDetailJson = ResponseOf<typeof item.GET>["item"];
export type RunSummaryJson = ResponseOf<typeof summary.GET>["summary"];
export type RunComparisonsJson = ResponseOf<typeof comparisons.GET>;
export type RunRepetitionsJson = ResponseOf<typeof repetitions.GET>["repetitions"];
export type RunRobustnessJson = ResponseOf<typeof robustness.GET>["robustness"];
export type RunScorecardJson = ResponseOf<typeof scorecard.GET>["scorecard"];
export type RoutingRequest = BodyOf<typeof routing.POST>;
export type RoutingProjectionJson = ResponseOf<typeof routing.POST>["projection"];

export function runsApi(transport: Transport = browserTransport) {
  const { get, send } = typedCaller(transport);
  const path = (id: string) => `/runs/${segment(id)}`;
  return {
    list: (query?: RunListQuery) => get<typeof runs.GET>("/runs", query),
    create: (input: NewRun) => send<typeof runs.POST>("POST", "/runs", input),
    get: (id: string) => get<typeof run.GET>(path(id)),
    progress: (id: string) => get<typeof progress.GET>(`${path(id)}/progress`),
    cancel: (id: string) => send<typeof cancel.POST>("POST", `${path(id)}/cancel`),
    items: (id: string, query: RunItemsQuery) => get<typeof items.GET>(`${path(id)}/items`, query),
    changes: (id: string, since: string) => get<typeof changes.GET>(`${path(id)}/items/changes`, { since }),
    item: (id: string, itemId: string) => get<typeof item.GET>(`${path(id)}/items/${segment(itemId)}`),
    summary: (id: string) => get<typeof summary.GET>(`${path(id)}/summary`),
    outcomes: (id: string) => get<typeof outcomes.GET>(`${path(id)}/outcomes`),
    comparisons: (id: string, against?: string) => get<typeof comparisons.GET>(`${path(id)}/comparisons`, { against }),
    repetitions: (id: string, limit?: number) => get<typeof repetitions.GET>(`${path(id)}/repetitions`, { limit }),
    robustness: (id: string) => get<typeof robustness.GET>(`${path(id)}/robustness`),
    /** `weights`: "pass_rate:3,total_ms_p95:1" previews other weights than the saved ones. */
    scorecard: (id: string, weights?: string) => get<typeof scorecard.GET>(`${path(id)}/scorecard`, { weights }),
    routing: (id: string, request: RoutingRequest) => send<typeof routing.POST>("POST", `${path(id)}/routing`, request),
  };
}
