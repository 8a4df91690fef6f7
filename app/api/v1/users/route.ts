import { apiRoute } from "@/lib/api/route";
import { createUser, listUsers, newUserSchema } from "@/lib/auth/users";

export const GET = apiRoute({ role: "admin" }, async () => ({ users: await listUsers() }));

export const POST = apiRoute({ role: "admin", body: newUserSchema.strict() }, async ({ body }) =>
  Response.json({ user: await createUser(body) }, { status: 201 }),
);
