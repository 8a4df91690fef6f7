import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { runRobustnessSchema } from "@/lib/evidence/api-schemas";
import { runRobustness } from "@/lib/evidence/robustness";

/** On a run of a noisy dataset: per variant and kind of noise, the paired drop in pass rate from
 * the clean cases to their noisy versions (n pairs, 95 % interval, McNemar p, Holm across kinds). */
export const GET = apiRoute(
  { role: "reviewer", summary: "On a run of a noisy dataset: per variant and kind of noise, the paired drop in pass rate.", params: idParams, response: z.object({ robustness: runRobustnessSchema }) },
  async ({ params }) => ({ robustness: await runRobustness(params.id) }),
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
