import { idParams } from "@/lib/api/params";
import { apiRoute, raw } from "@/lib/api/route";
import { sseResponse } from "@/lib/api/sse";
import { sendTurn, sendTurnSchema } from "@/lib/compare/turn-runner";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const dynamic = "force-dynamic";

/** Sends a message to every column; answers stream back as one SSE stream, multiplexed by
 * completion id. Closing the stream does not stop the calls: use …/stop for that. */
export const POST = apiRoute({ role: "editor", summary: "Send a message to every column; the answers stream back as Server-Sent Events.", params: idParams, body: sendTurnSchema, response: raw("text/event-stream", "Server-Sent Events, one stream for every column: each event names its completion; the turn's id is in the X-Turn-Id header.") }, async ({ params, body }) => {
  const { turnId, channel } = await sendTurn(params.id, body.content);
  return sseResponse(channel, { "x-turn-id": turnId });
});

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
