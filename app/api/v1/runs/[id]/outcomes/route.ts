import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { runOutcomes } from "@/lib/runs/outcomes";
import { runOutcomesSchema } from "@/lib/runs/outcomes-schema";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

/** What a CI report (`juxta … --junit`) is made of. */
export const GET = apiRoute(
  { role: "reviewer", summary: "Every item of a run with its verdict and its assertions' reasons.", params: idParams, response: runOutcomesSchema },
  async ({ params }) => runOutcomes(params.id),
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
