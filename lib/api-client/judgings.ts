// Judgings: an LLM judge over a finished run's pairs of answers.
import type * as runJudgings from "@/app/api/v1/runs/[id]/judgings/route";
import type * as judging from "@/app/api/v1/judgings/[id]/route";
import type * as cancel from "@/app/api/v1/judgings/[id]/cancel/route";
import { browserTransport, segment, typedCaller, type BodyOf, type ResponseOf, type Transport } from "./call";

export type JudgingDetailJson = ResponseOf<typeof judging.GET>;
export type JudgingJson = JudgingDetailJson["judging"];
export type NewJudging = BodyOf<typeof runJudgings.POST>;

export function judgingsApi(transport: Transport = browserTransport) {
  const { get, send } = typedCaller(transport);
  return {
    ofRun: (runId: string) => get<typeof runJudgings.GET>(`/runs/${segment(runId)}/judgings`),
    start: (runId: string, input: NewJudging) => send<typeof runJudgings.POST>("POST", `/runs/${segment(runId)}/judgings`, input),
    get: (id: string) => get<typeof judging.GET>(`/judgings/${segment(id)}`),
    cancel: (id: string) => send<typeof cancel.POST>("POST", `/judgings/${segment(id)}/cancel`),
  };
}
