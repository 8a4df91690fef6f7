"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { routingPoliciesApi } from "@/lib/api-client/routing-policies";
import { runsApi, type RoutingProjectionJson } from "@/lib/api-client/runs";
import type { PolicyInput } from "@/lib/decide/routing/policy";
import { useInvalidatingMutation } from "../use-invalidating-mutation";

export type RoutingProjectionData = RoutingProjectionJson;

const policies = routingPoliciesApi();
const runs = runsApi();

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
    mutationFn: async (policy: PolicyInput) => (await runs.routing(runId, { policy })).projection,
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
