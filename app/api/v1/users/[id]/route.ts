import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { changeUser, userChangeSchema } from "@/lib/auth/user-admin";

/** {role?, active?} — deactivating ends the user's sessions and revokes their tokens at once. */
export const PATCH = apiRoute({ role: "admin", params: idParams, body: userChangeSchema }, async ({ user, params, body }) => ({
  user: await changeUser(user, params.id, body),
}));

export const { GET, POST, PUT, DELETE } = methodNotAllowed("PATCH");
