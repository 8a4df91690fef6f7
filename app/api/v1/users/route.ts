import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { adminUserSchema, createUser, listUsers, newUserSchema, userSchema } from "@/lib/auth/users";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "admin", summary: "Every user, deactivated ones included.", response: z.object({ users: z.array(adminUserSchema) }) }, async () => ({
  users: await listUsers(),
}));

export const POST = apiRoute(
  { role: "admin", summary: "Create a user.", body: newUserSchema.strict(), response: z.object({ user: userSchema }), status: 201 },
  async ({ body }) => ({ user: await createUser(body) }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
