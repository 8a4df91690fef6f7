import { z } from "zod";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { acknowledgeAlert } from "@/lib/watch/alerts";

export const POST = apiRoute(
  { role: "editor", summary: "Acknowledge an alert: it leaves the banner.", params: idParams, response: z.object({ acknowledged: z.literal(true) }) },
  async ({ params, user }) => {
    await acknowledgeAlert(params.id, user.id);
    return { acknowledged: true as const };
  },
);

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
