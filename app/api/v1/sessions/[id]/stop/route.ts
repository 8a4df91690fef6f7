import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { stopStreaming } from "@/lib/compare/stop-signal";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

const body = z
  .object({ completionId: z.uuid().optional(), turnId: z.uuid().optional() })
  .strict()
  .refine((value) => value.completionId || value.turnId, "Say which completion or turn to stop.");

/** Stops one streaming completion or a whole turn, in whichever web process streams it; what
 * arrived so far is kept. */
export const POST = apiRoute(
  { role: "editor", summary: "Stop a streaming answer or a whole turn; what arrived is kept.", params: idParams, body, response: z.object({ stopped: z.number().int().describe("How many answers were streaming.") }) },
  async ({ params, body }) => ({ stopped: await stopStreaming(params.id, body) }),
);

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
