import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { revokeApiToken } from "@/lib/auth/api-tokens";

const params = z.object({ id: z.uuid({ error: "Token ids are UUIDs." }) });

export const DELETE = apiRoute({ role: "reviewer", params }, async ({ user, params }) => {
  await revokeApiToken(user.id, params.id);
  return null;
});
