import { idParams } from "@/lib/api/params";
import { apiRoute, raw } from "@/lib/api/route";
import { sseResponse } from "@/lib/api/sse";
import { runEvents } from "@/lib/runs/progress-events";
import { getRun } from "@/lib/runs/views";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const dynamic = "force-dynamic";

/** The run's progress as a stream of server-sent events: `progress` at every change, then one
 * `ended` with the finished run, and the stream closes. */
export const GET = apiRoute(
  {
    role: "reviewer",
    summary: "Follow a run: its progress as Server-Sent Events.",
    params: idParams,
    response: raw("text/event-stream", "`progress` {type, run} at every change, then one `ended` {type, run} and the stream closes; `run` is the run as GET /runs/{id} answers it."),
  },
  async ({ params }) => {
    const run = await getRun(params.id); // an unknown run is a 404 before the stream opens
    return sseResponse({ listen: (signal) => runEvents(params.id, signal, run) });
  },
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
