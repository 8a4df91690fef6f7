import { z } from "zod";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { apiRoute } from "@/lib/api/route";
import { openAlerts } from "@/lib/watch/alerts";
import { openAlertSchema } from "@/lib/watch/api-schemas";

/** Unacknowledged drift and model-change alerts: the app's banner. */
export const GET = apiRoute({ role: "reviewer", summary: "Unacknowledged drift and model-change alerts, newest first.", response: z.object({ alerts: z.array(openAlertSchema) }) }, async () => ({
  alerts: await openAlerts(),
}));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
