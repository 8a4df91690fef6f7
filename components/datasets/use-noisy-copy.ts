"use client";

import { apiFetch } from "@/lib/api/http-client";
import type { Jsonified } from "@/lib/api/jsonified";
import type { NoisyCopy, NoisyCopyInput } from "@/lib/datasets/noisy/make-noisy-copy";
import { useInvalidatingMutation } from "../use-invalidating-mutation";
import { datasetKeys } from "./use-datasets";

export const useMakeNoisyCopy = (id: string) =>
  useInvalidatingMutation(
    [datasetKeys.list()],
    (input: NoisyCopyInput) => apiFetch<{ dataset: Jsonified<NoisyCopy> }>(`/api/v1/datasets/${id}/noisy`, { method: "POST", json: input }),
    { inlineError: true },
  );
