import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { alertsOfWatch } from "@/lib/watch/alerts";
import { watchRow } from "@/lib/watch/service";

export const GET = apiRoute({ role: "reviewer", params: idParams }, async ({ params }) => {
  await watchRow(params.id);
  return { alerts: await alertsOfWatch(params.id) };
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
