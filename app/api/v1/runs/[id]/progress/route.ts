import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { runMovesSchema } from "@/lib/runs/api-schemas";
import { getRunProgress } from "@/lib/runs/views";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

/** What moves while a run is live, for the run page to poll instead of the whole run. */
export const GET = apiRoute(
  { role: "reviewer", summary: "What moves while a run is live (state, progress, judging spend), in one query.", params: idParams, response: runMovesSchema },
  async ({ params }) => ({ run: await getRunProgress(params.id) }),
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
