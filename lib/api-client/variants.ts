// Variants and their revisions.
import type * as variants from "@/app/api/v1/variants/route";
import type * as variant from "@/app/api/v1/variants/[id]/route";
import type * as duplicate from "@/app/api/v1/variants/[id]/duplicate/route";
import type * as revisions from "@/app/api/v1/variants/[id]/revisions/route";
import { browserTransport, segment, typedCaller, type BodyOf, type QueryOf, type ResponseOf, type Transport } from "./call";

export type VariantJson = ResponseOf<typeof variant.GET>["variant"];
export type RevisionJson = ResponseOf<typeof revisions.GET>["revisions"][number];
export type VariantListQuery = QueryOf<typeof variants.GET>;
export type NewVariant = BodyOf<typeof variants.POST>;
export type VariantChange = BodyOf<typeof variant.PATCH>;

export function variantsApi(transport: Transport = browserTransport) {
  const { get, send } = typedCaller(transport);
  const path = (id: string) => `/variants/${segment(id)}`;
  return {
    list: (query: VariantListQuery = {}) => get<typeof variants.GET>("/variants", query),
    create: (input: NewVariant) => send<typeof variants.POST>("POST", "/variants", input),
    get: (id: string) => get<typeof variant.GET>(path(id)),
    change: (id: string, change: VariantChange) => send<typeof variant.PATCH>("PATCH", path(id), change),
    archive: (id: string) => send<typeof variant.DELETE>("DELETE", path(id)),
    duplicate: (id: string) => send<typeof duplicate.POST>("POST", `${path(id)}/duplicate`),
    revisions: (id: string) => get<typeof revisions.GET>(`${path(id)}/revisions`),
  };
}
