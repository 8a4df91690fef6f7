import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { apiRoute } from "@/lib/api/route";
import { openAlerts } from "@/lib/watch/alerts";

/** Unacknowledged drift and model-change alerts: the app's banner. */
export const GET = apiRoute({ role: "reviewer" }, async () => ({ alerts: await openAlerts() }));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
