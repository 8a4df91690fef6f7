// `juxta routing --run ID --policy FILE`: a routing, cascade or fallback what-if over a finished
// replay, printed as a table of the policy against each single variant (or JSON). Exit 0 when
// projected, 2 on a usage problem (file, policy, run, names).
import { readFile } from "node:fs/promises";
import { runsApi, type RoutingProjectionJson } from "../api-client/runs";
import { policyDefinitionSchema } from "../decide/routing/policy";
import { formatRateWithInterval } from "../format/figures";
import { apiClientFromEnv, UsageError } from "./api-client";
import { table } from "./run-report";

type Projection = RoutingProjectionJson;
/** What the policy and each single variant share. */
type Arm = Projection["result"] | Projection["variants"][number];

async function readPolicy(file: string) {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(`Cannot read the policy file ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`The policy file ${file} is not JSON (${(error as Error).message}).`);
  }
  const parsed = policyDefinitionSchema.safeParse(json);
  if (!parsed.success) throw new UsageError(`The policy in ${file} is invalid: ${parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; ")}`);
  return parsed.data;
}

const ms = (value: number | null) => (value === null ? "–" : `${Math.round(value)}`);
const usd = (value: number | null) => (value === null ? "–" : `$${value < 0.01 ? value.toFixed(6) : value.toFixed(4)}`);
const range = (interval: readonly number[] | null, format: (value: number) => string) => (interval ? ` (${format(interval[0]!)}–${format(interval[1]!)})` : "");

function row(name: string, arm: Arm, n: number): string[] {
  return [
    name,
    formatRateWithInterval(arm.passRate, arm.intervals.passRate, n),
    formatRateWithInterval(arm.errorRate, arm.intervals.errorRate),
    `${usd(arm.costPerUsefulAnswerUsd)}${range(arm.intervals.costPerUsefulAnswerUsd, (value) => usd(value))}`,
    `${ms(arm.latencyP50Ms)}${range(arm.intervals.latencyP50Ms, (value) => ms(value))}`,
    `${ms(arm.latencyP95Ms)}${range(arm.intervals.latencyP95Ms, (value) => ms(value))}`,
    arm.callsPerCase === null ? "–" : arm.callsPerCase.toFixed(2),
  ];
}

export function routingTable(projection: Projection): string {
  const rows = [
    row("policy", projection.result, projection.cases),
    ...projection.variants.map((variant) => row(`${variant.name}${variant.id === projection.bestVariantId ? " (best single)" : ""}`, variant, projection.cases)),
  ];
  return table(["", "pass (95 % CI)", "errors", "per useful answer", "p50 ms", "p95 ms", "calls/case"], rows);
}

export async function routingWhatIf(runId: string, file: string, options: { json: boolean }): Promise<number> {
  const policy = await readPolicy(file);
  const api = apiClientFromEnv();
  const { projection } = await runsApi(api.transport).routing(runId, { policy });
  if (options.json) {
    console.log(JSON.stringify(projection, null, 2));
    return 0;
  }
  console.log(`${projection.policy.description} · run ${projection.runId} · ${projection.cases} cases (repetition 0)${projection.casesLeftOut > 0 ? ` · ${projection.casesLeftOut} left out (not answered by every variant)` : ""}`);
  console.log(routingTable(projection));
  console.log(projection.sentence);
  return 0;
}
