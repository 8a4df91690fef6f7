import { z } from "zod";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { sendTestAlert } from "@/lib/watch/alerts";

/** 202: the deliveries are queued, not yet made. */
export const POST = apiRoute(
  { role: "editor", summary: "Send a test alert to the watch's webhooks.", params: idParams, response: z.object({ alertId: z.string(), webhooks: z.number().int() }), status: 202 },
  async ({ params }) => sendTestAlert(params.id),
);

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
