// Providers and the model catalog (a model belongs to its provider).
import type * as providers from "@/app/api/v1/providers/route";
import type * as provider from "@/app/api/v1/providers/[id]/route";
import type * as providerModels from "@/app/api/v1/providers/[id]/models/route";
import type * as remoteModels from "@/app/api/v1/providers/[id]/remote-models/route";
import type * as connectionTest from "@/app/api/v1/providers/[id]/test/route";
import type * as models from "@/app/api/v1/models/route";
import type * as model from "@/app/api/v1/models/[id]/route";
import { browserTransport, segment, typedCaller, type BodyOf, type ResponseOf, type Transport } from "./call";

export type ProviderJson = ResponseOf<typeof provider.GET>["provider"];
export type ModelJson = ResponseOf<typeof models.GET>["models"][number];
export type ConnectionTestJson = ResponseOf<typeof connectionTest.POST>["test"];
export type NewProvider = BodyOf<typeof providers.POST>;
export type ProviderChange = BodyOf<typeof provider.PATCH>;
export type ModelChange = BodyOf<typeof model.PATCH>;

export function providersApi(transport: Transport = browserTransport) {
  const { get, send } = typedCaller(transport);
  const path = (id: string) => `/providers/${segment(id)}`;
  return {
    list: () => get<typeof providers.GET>("/providers"),
    create: (input: NewProvider) => send<typeof providers.POST>("POST", "/providers", input),
    get: (id: string) => get<typeof provider.GET>(path(id)),
    change: (id: string, change: ProviderChange) => send<typeof provider.PATCH>("PATCH", path(id), change),
    archive: (id: string) => send<typeof provider.DELETE>("DELETE", path(id)),
    test: (id: string) => send<typeof connectionTest.POST>("POST", `${path(id)}/test`),
    models: (id: string) => get<typeof providerModels.GET>(`${path(id)}/models`),
    importModels: (id: string, modelIds: string[]) => send<typeof providerModels.POST>("POST", `${path(id)}/models`, { modelIds }),
    remoteModels: (id: string) => get<typeof remoteModels.GET>(`${path(id)}/remote-models`),
    catalog: () => get<typeof models.GET>("/models"),
    changeModel: (id: string, change: ModelChange) => send<typeof model.PATCH>("PATCH", `/models/${segment(id)}`, change),
  };
}
