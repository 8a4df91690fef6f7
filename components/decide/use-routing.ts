"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/http-client";
import type { Jsonified } from "@/lib/api/jsonified";
import type { getPolicy, listPolicies, PolicyVersionView } from "@/lib/decide/routing/policies";
import type { PolicyInput } from "@/lib/decide/routing/policy";
import type { RunRoutingProjection } from "@/lib/decide/routing/run-what-if";
import { useInvalidatingMutation } from "../use-invalidating-mutation";

export type RoutingProjectionData = Jsonified<RunRoutingProjection>;
export type PolicySummary = Jsonified<Awaited<ReturnType<typeof listPolicies>>[number]>;
export type PolicyDetail = Jsonified<Awaited<ReturnType<typeof getPolicy>>>;

export const routingPolicyKeys = {
  all: ["routing-policies"] as const,
  list: () => [...routingPolicyKeys.all, "list"] as const,
  detail: (id: string) => [...routingPolicyKeys.all, "detail", id] as const,
};

export const useRoutingPolicies = () =>
  useQuery({ queryKey: routingPolicyKeys.list(), queryFn: async () => (await apiFetch<{ policies: PolicySummary[] }>("/api/v1/routing-policies")).policies });

export const useRoutingPolicy = (id: string | null) =>
  useQuery({
    queryKey: routingPolicyKeys.detail(id ?? ""),
    queryFn: async () => (await apiFetch<{ policy: PolicyDetail }>(`/api/v1/routing-policies/${id}`)).policy,
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
    async (input: { name: string; definition: PolicyInput }) => (await apiFetch<{ policy: PolicyDetail }>("/api/v1/routing-policies", { method: "POST", json: input })).policy,
    { inlineError: true },
  );

export const useAddRoutingPolicyVersion = () =>
  useInvalidatingMutation(
    [routingPolicyKeys.all],
    async ({ id, definition }: { id: string; definition: PolicyInput }) =>
      (await apiFetch<{ version: Jsonified<PolicyVersionView> }>(`/api/v1/routing-policies/${id}/versions`, { method: "POST", json: { definition } })).version,
    { inlineError: true },
  );
