import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { changeUser, userChangeSchema } from "@/lib/auth/user-admin";
import { adminUserSchema } from "@/lib/auth/users";

/** {role?, active?, password?} — deactivating ends the user's sessions and revokes their tokens at once. */
export const PATCH = apiRoute(
  { role: "admin", summary: "Change a user's role, password or (de)activation.", params: idParams, body: userChangeSchema, response: z.object({ user: adminUserSchema }) },
  async ({ user, params, body }) => ({ user: await changeUser(user, params.id, body) }),
);

export const { GET, POST, PUT, DELETE } = methodNotAllowed("PATCH");
