import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { remoteModelSchema } from "@/lib/providers/api-schemas";
import { listRemoteModels } from "@/lib/providers/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

/** The models the provider itself lists (not yet in the catalog). */
export const GET = apiRoute(
  { role: "editor", summary: "The models the provider itself lists (a 502 when it does not answer).", params: idParams, response: z.object({ models: z.array(remoteModelSchema) }) },
  async ({ params }) => ({ models: await listRemoteModels(params.id) }),
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
