"use client";

import { datasetsApi, type NoisyCopyRequest } from "@/lib/api-client/datasets";
import { useInvalidatingMutation } from "../use-invalidating-mutation";
import { datasetKeys } from "./use-datasets";

export const useMakeNoisyCopy = (id: string) => useInvalidatingMutation([datasetKeys.list()], (input: NoisyCopyRequest) => datasetsApi().noisyCopy(id, input), { inlineError: true });
