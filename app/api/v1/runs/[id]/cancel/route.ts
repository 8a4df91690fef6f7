import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { cancelRun } from "@/lib/runs/cancel-run";
import { getRun } from "@/lib/runs/views";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const POST = apiRoute({ role: "editor", params: idParams }, async ({ params }) => {
  await cancelRun(params.id);
  return { run: await getRun(params.id) };
});

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
