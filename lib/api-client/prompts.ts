// The prompt library: prompts, their immutable versions, and rendering one with values.
import type * as prompts from "@/app/api/v1/prompts/route";
import type * as prompt from "@/app/api/v1/prompts/[id]/route";
import type * as versions from "@/app/api/v1/prompts/[id]/versions/route";
import type * as render from "@/app/api/v1/prompts/[id]/render/route";
import { browserTransport, segment, typedCaller, type BodyOf, type ResponseOf, type Transport } from "./call";

export type PromptListItemJson = ResponseOf<typeof prompts.GET>["prompts"][number];
export type PromptJson = ResponseOf<typeof prompt.GET>["prompt"];
export type NewPrompt = BodyOf<typeof prompts.POST>;
export type NewPromptVersion = BodyOf<typeof versions.POST>;
export type RenderInput = BodyOf<typeof render.POST>;

export function promptsApi(transport: Transport = browserTransport) {
  const { get, send } = typedCaller(transport);
  const path = (id: string) => `/prompts/${segment(id)}`;
  return {
    list: () => get<typeof prompts.GET>("/prompts"),
    create: (input: NewPrompt) => send<typeof prompts.POST>("POST", "/prompts", input),
    get: (id: string) => get<typeof prompt.GET>(path(id)),
    versions: (id: string) => get<typeof versions.GET>(`${path(id)}/versions`),
    addVersion: (id: string, input: NewPromptVersion) => send<typeof versions.POST>("POST", `${path(id)}/versions`, input),
    render: (id: string, input: RenderInput) => send<typeof render.POST>("POST", `${path(id)}/render`, input),
  };
}
