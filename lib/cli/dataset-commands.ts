// `juxta datasets noisy`: a noisy copy of a dataset, made by the running server (the route does
// the work, so the CLI and the web page make the same copy from the same seed).
import type { NoisyCopy } from "../datasets/noisy/make-noisy-copy";
import { apiClientFromEnv } from "./api-client";

export async function makeNoisyCopyCommand(datasetId: string, options: { kinds: string[]; seed: number; name?: string; json: boolean }): Promise<number> {
  const api = apiClientFromEnv();
  const { dataset } = await api.post<{ dataset: NoisyCopy }>(`/datasets/${encodeURIComponent(datasetId)}/noisy`, { kinds: options.kinds, seed: options.seed, ...(options.name && { name: options.name }) });
  console.log(options.json ? JSON.stringify(dataset) : `${dataset.id}  ${dataset.name}  ${dataset.caseCount} cases (${dataset.noise.kinds.join(", ")}; seed ${dataset.noise.seed})`);
  return 0;
}
