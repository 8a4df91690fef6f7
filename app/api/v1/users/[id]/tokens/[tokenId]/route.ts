import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { revokeApiToken } from "@/lib/auth/api-tokens";

const params = z.object({ id: z.uuid({ error: "Ids are UUIDs." }), tokenId: z.uuid({ error: "Ids are UUIDs." }) });

/** An admin revokes any user's token. */
export const DELETE = apiRoute({ role: "admin", summary: "Revoke any user's API token.", params, response: null }, async ({ params }) => {
  await revokeApiToken(params.id, params.tokenId);
  return null;
});

export const { GET, POST, PUT, PATCH } = methodNotAllowed("DELETE");
