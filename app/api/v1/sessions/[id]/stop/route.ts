import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { stopCalls } from "@/lib/compare/live-calls";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

const body = z
  .object({ completionId: z.uuid().optional(), turnId: z.uuid().optional() })
  .strict()
  .refine((value) => value.completionId || value.turnId, "Say which completion or turn to stop.");

/** Stops one streaming completion or a whole turn; what arrived so far is kept. */
export const POST = apiRoute({ role: "editor", params: idParams, body }, async ({ body }) => ({ stopped: stopCalls(body) }));

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
