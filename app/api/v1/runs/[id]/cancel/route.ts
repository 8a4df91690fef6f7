import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { oneRunSchema } from "@/lib/runs/api-schemas";
import { cancelRun } from "@/lib/runs/cancel-run";
import { getRun } from "@/lib/runs/views";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const POST = apiRoute({ role: "editor", summary: "Stop a run's new calls; the finished answers are kept.", params: idParams, response: oneRunSchema }, async ({ params }) => {
  await cancelRun(params.id);
  return { run: await getRun(params.id) };
});

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
