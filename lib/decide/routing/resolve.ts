// A policy names variants by name or id so it can be saved and reused across runs; before it is
// projected over one run, each name becomes the id of one of that run's variants.
import { AppError } from "../../api/errors";
import type { PolicyDefinition } from "./policy";
import type { ResolvedPolicy } from "./project";

export interface RunVariantRef {
  id: string;
  name: string;
}

/** The policy with ids for names. A reference to a variant the run does not have is a 400 that
 * names the field (`policy.steps.1`), like any other validation problem. */
export function resolvePolicy(policy: PolicyDefinition, variants: RunVariantRef[], field = "policy"): ResolvedPolicy {
  const unknown: Array<{ path: string; message: string }> = [];
  const idOf = (ref: string, path: string) => {
    const found = variants.find((variant) => variant.id === ref) ?? variants.find((variant) => variant.name === ref);
    if (!found) unknown.push({ path: `${field}.${path}`, message: `The run has no variant "${ref}" (it has ${variants.map((variant) => variant.name).join(", ")}).` });
    return found?.id ?? ref;
  };
  let resolved: ResolvedPolicy;
  switch (policy.kind) {
    case "route":
      resolved = { ...policy, rules: policy.rules.map((rule, at) => ({ ...rule, variant: idOf(rule.variant, `rules.${at}.variant`) })), default: idOf(policy.default, "default") };
      break;
    case "cascade":
      resolved = { ...policy, steps: policy.steps.map((step, at) => idOf(step, `steps.${at}`)) };
      break;
    case "fallback":
      resolved = { ...policy, primary: idOf(policy.primary, "primary"), fallbacks: policy.fallbacks.map((ref, at) => idOf(ref, `fallbacks.${at}`)) };
      break;
  }
  if (unknown.length > 0) throw new AppError("validation", 400, `Invalid body: ${unknown[0]!.path}: ${unknown[0]!.message}`, { errors: unknown });
  return resolved;
}
