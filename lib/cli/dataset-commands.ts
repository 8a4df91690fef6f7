// `juxta datasets noisy`: a noisy copy of a dataset, made by the running server (the route does
// the work, so the CLI and the web page make the same copy from the same seed).
import { datasetsApi } from "../api-client/datasets";
import { noiseKinds, type NoiseKind } from "../datasets/noisy/perturbations";
import { apiClientFromEnv, UsageError } from "./api-client";

const isNoiseKind = (kind: string): kind is NoiseKind => (noiseKinds as readonly string[]).includes(kind);

export async function makeNoisyCopyCommand(datasetId: string, options: { kinds: string[]; seed: number; name?: string; json: boolean }): Promise<number> {
  const unknown = options.kinds.filter((kind) => !isNoiseKind(kind));
  // Checked here too, so the typed request holds only kinds; the words are the route's.
  if (unknown.length > 0) throw new UsageError(`--kinds: Each kind is one of ${noiseKinds.join(", ")}; ${unknown.map((kind) => `"${kind}"`).join(", ")} ${unknown.length === 1 ? "is" : "are"} not.`);
  const { dataset } = await datasetsApi(apiClientFromEnv().transport).noisyCopy(datasetId, { kinds: options.kinds.filter(isNoiseKind), seed: options.seed, ...(options.name && { name: options.name }) });
  console.log(options.json ? JSON.stringify(dataset) : `${dataset.id}  ${dataset.name}  ${dataset.caseCount} cases (${dataset.noise.kinds.join(", ")}; seed ${dataset.noise.seed})`);
  return 0;
}
