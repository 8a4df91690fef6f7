import { z } from "zod";
import { apiRoute, raw } from "@/lib/api/route";
import { sseResponse } from "@/lib/api/sse";
import { retryColumn } from "@/lib/compare/turn-runner";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.uuid(), turnId: z.uuid() });
const body = z.object({ columnId: z.uuid() }).strict();

export const POST = apiRoute({ role: "editor", summary: "Retry one column's answer to a turn, streamed as Server-Sent Events.", params, body, response: raw("text/event-stream", "Server-Sent Events of the new answer, as a turn streams them.") }, async ({ params, body }) => {
  const { channel } = await retryColumn(params.id, params.turnId, body.columnId);
  return sseResponse(channel);
});

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
