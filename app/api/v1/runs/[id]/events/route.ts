import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { sseResponse } from "@/lib/api/sse";
import { runEvents } from "@/lib/runs/progress-events";
import { getRun } from "@/lib/runs/views";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const dynamic = "force-dynamic";

/** The run's progress as a stream of server-sent events: `progress` at every change, then one
 * `ended` with the finished run, and the stream closes. */
export const GET = apiRoute({ role: "reviewer", params: idParams }, async ({ params }) => {
  const run = await getRun(params.id); // an unknown run is a 404 before the stream opens
  return sseResponse({ listen: (signal) => runEvents(params.id, signal, run) });
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
