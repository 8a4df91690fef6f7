import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { revokeApiToken } from "@/lib/auth/api-tokens";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const DELETE = apiRoute({ role: "reviewer", summary: "Revoke one of your API tokens.", params: idParams, response: null }, async ({ user, params }) => {
  await revokeApiToken(user.id, params.id);
  return null;
});

export const { GET, POST, PUT, PATCH } = methodNotAllowed("DELETE");
