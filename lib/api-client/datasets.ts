// Datasets: their cases, imports, noisy copies, and the dataset-level scorecard and its saved
// weights. The JSONL export and the scorecard's CSV/Markdown are files: links, not calls.
import type * as datasets from "@/app/api/v1/datasets/route";
import type * as dataset from "@/app/api/v1/datasets/[id]/route";
import type * as summary from "@/app/api/v1/datasets/[id]/summary/route";
import type * as cases from "@/app/api/v1/datasets/[id]/cases/route";
import type * as oneCase from "@/app/api/v1/datasets/[id]/cases/[caseId]/route";
import type * as importCases from "@/app/api/v1/datasets/[id]/import/route";
import type * as importPreview from "@/app/api/v1/datasets/[id]/import/preview/route";
import type * as noisy from "@/app/api/v1/datasets/[id]/noisy/route";
import type * as scorecard from "@/app/api/v1/datasets/[id]/scorecard/route";
import type * as weights from "@/app/api/v1/datasets/[id]/scorecard-weights/route";
import { browserTransport, segment, typedCaller, type BodyOf, type QueryOf, type ResponseOf, type Transport } from "./call";

export type DatasetListItem = ResponseOf<typeof datasets.GET>["datasets"][number];
export type DatasetDetail = ResponseOf<typeof dataset.GET>["dataset"];
export type DatasetSummary = ResponseOf<typeof summary.GET>["dataset"];
export type CaseListQuery = QueryOf<typeof cases.GET>;
export type NewDataset = BodyOf<typeof datasets.POST>;
export type NewCase = BodyOf<typeof cases.POST>;
export type CaseChanges = BodyOf<typeof oneCase.PATCH>;
/** A case as adding or editing it answers (the case alone, not its dataset). */
export type DatasetCase = ResponseOf<typeof oneCase.PATCH>["case"];
export type ImportRequest = BodyOf<typeof importCases.POST>;
export type ImportSource = BodyOf<typeof importPreview.POST>;
export type ImportPreviewJson = ResponseOf<typeof importPreview.POST>;
export type NoisyCopyRequest = BodyOf<typeof noisy.POST>;
export type DatasetScorecardQuery = QueryOf<typeof scorecard.GET>;
export type WeightsRequest = BodyOf<typeof weights.PUT>;

export function datasetsApi(transport: Transport = browserTransport) {
  const { get, send } = typedCaller(transport);
  const path = (id: string) => `/datasets/${segment(id)}`;
  return {
    list: () => get<typeof datasets.GET>("/datasets"),
    create: (input: NewDataset) => send<typeof datasets.POST>("POST", "/datasets", input),
    get: (id: string) => get<typeof dataset.GET>(path(id)),
    summary: (id: string) => get<typeof summary.GET>(`${path(id)}/summary`),
    cases: (id: string, query: CaseListQuery) => get<typeof cases.GET>(`${path(id)}/cases`, query),
    addCase: (id: string, input: NewCase) => send<typeof cases.POST>("POST", `${path(id)}/cases`, input),
    updateCase: (id: string, caseId: string, changes: CaseChanges) => send<typeof oneCase.PATCH>("PATCH", `${path(id)}/cases/${segment(caseId)}`, changes),
    deleteCase: (id: string, caseId: string) => send<typeof oneCase.DELETE>("DELETE", `${path(id)}/cases/${segment(caseId)}`),
    import: (id: string, input: ImportRequest) => send<typeof importCases.POST>("POST", `${path(id)}/import`, input),
    previewImport: (id: string, source: ImportSource) => send<typeof importPreview.POST>("POST", `${path(id)}/import/preview`, source),
    noisyCopy: (id: string, input: NoisyCopyRequest) => send<typeof noisy.POST>("POST", `${path(id)}/noisy`, input),
    scorecard: (id: string, query: DatasetScorecardQuery = {}) => get<typeof scorecard.GET>(`${path(id)}/scorecard`, query),
    weights: (id: string) => get<typeof weights.GET>(`${path(id)}/scorecard-weights`),
    saveWeights: (id: string, input: WeightsRequest) => send<typeof weights.PUT>("PUT", `${path(id)}/scorecard-weights`, input),
  };
}
