import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { setColumnVariant } from "@/lib/sessions/service";
import { oneSessionSchema } from "@/lib/sessions/api-schemas";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

const params = z.object({ id: z.uuid(), columnId: z.uuid() });
const body = z.object({ variantId: z.uuid() }).strict();

/** Points a column at another variant for the next turns. */
export const PATCH = apiRoute({ role: "editor", summary: "Point a column at another variant for the next turns.", params, body, response: oneSessionSchema }, async ({ params, body }) => ({
  session: await setColumnVariant(params.id, params.columnId, body.variantId),
}));

export const { GET, POST, PUT, DELETE } = methodNotAllowed("PATCH");
