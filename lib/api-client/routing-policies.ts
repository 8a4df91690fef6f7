// Saved routing policies and their immutable versions.
import type * as policies from "@/app/api/v1/routing-policies/route";
import type * as policy from "@/app/api/v1/routing-policies/[id]/route";
import type * as versions from "@/app/api/v1/routing-policies/[id]/versions/route";
import { browserTransport, segment, typedCaller, type BodyOf, type ResponseOf, type Transport } from "./call";

export type PolicySummaryJson = ResponseOf<typeof policies.GET>["policies"][number];
export type PolicyJson = ResponseOf<typeof policy.GET>["policy"];
export type NewPolicy = BodyOf<typeof policies.POST>;
export type NewPolicyVersion = BodyOf<typeof versions.POST>;

export function routingPoliciesApi(transport: Transport = browserTransport) {
  const { get, send } = typedCaller(transport);
  const path = (id: string) => `/routing-policies/${segment(id)}`;
  return {
    list: () => get<typeof policies.GET>("/routing-policies"),
    create: (input: NewPolicy) => send<typeof policies.POST>("POST", "/routing-policies", input),
    get: (id: string) => get<typeof policy.GET>(path(id)),
    versions: (id: string) => get<typeof versions.GET>(`${path(id)}/versions`),
    addVersion: (id: string, input: NewPolicyVersion) => send<typeof versions.POST>("POST", `${path(id)}/versions`, input),
  };
}
