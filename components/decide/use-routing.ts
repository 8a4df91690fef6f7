"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/http-client";
import type { Jsonified } from "@/lib/api/jsonified";
import { routingPoliciesApi, type PolicyJson, type PolicySummaryJson } from "@/lib/api-client/routing-policies";
import type { PolicyInput } from "@/lib/decide/routing/policy";
import type { RunRoutingProjection } from "@/lib/decide/routing/run-what-if";
import { useInvalidatingMutation } from "../use-invalidating-mutation";

export type RoutingProjectionData = Jsonified<RunRoutingProjection>;
export type PolicySummary = PolicySummaryJson;
export type PolicyDetail = PolicyJson;

const policies = routingPoliciesApi();

export const routingPolicyKeys = {
  all: ["routing-policies"] as const,
  list: () => [...routingPolicyKeys.all, "list"] as const,
  detail: (id: string) => [...routingPolicyKeys.all, "detail", id] as const,
};

export const useRoutingPolicies = () =>
  useQuery({ queryKey: routingPolicyKeys.list(), queryFn: async () => (await policies.list()).policies });

export const useRoutingPolicy = (id: string | null) =>
  useQuery({
    queryKey: routingPolicyKeys.detail(id ?? ""),
    queryFn: async () => (await policies.get(id!)).policy,
    enabled: id !== null,
  });

/** A projection reads only; the page shows its errors beside the builder. */
export const useProjectRouting = (runId: string) =>
  useMutation({
    mutationFn: async (policy: PolicyInput) => (await apiFetch<{ projection: RoutingProjectionData }>(`/api/v1/runs/${runId}/routing`, { method: "POST", json: { policy } })).projection,
    meta: { inlineError: true },
  });

export const useCreateRoutingPolicy = () =>
  useInvalidatingMutation(
    [routingPolicyKeys.all],
    async (input: { name: string; definition: PolicyInput }) => (await policies.create(input)).policy,
    { inlineError: true },
  );

export const useAddRoutingPolicyVersion = () =>
  useInvalidatingMutation(
    [routingPolicyKeys.all],
    async ({ id, definition }: { id: string; definition: PolicyInput }) => (await policies.addVersion(id, { definition })).version,
    { inlineError: true },
  );
