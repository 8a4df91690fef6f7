import { z } from "zod";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { alertsOfWatch } from "@/lib/watch/alerts";
import { watchAlertSchema } from "@/lib/watch/api-schemas";
import { watchRow } from "@/lib/watch/service";

export const GET = apiRoute(
  { role: "reviewer", summary: "A watch's last 50 alerts with their webhook deliveries.", params: idParams, response: z.object({ alerts: z.array(watchAlertSchema) }) },
  async ({ params }) => {
    await watchRow(params.id);
    return { alerts: await alertsOfWatch(params.id) };
  },
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
