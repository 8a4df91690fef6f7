import { apiRoute } from "@/lib/api/route";
import { createUser, listUsers, newUserSchema } from "@/lib/auth/users";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "admin" }, async () => ({ users: await listUsers() }));

export const POST = apiRoute({ role: "admin", body: newUserSchema.strict() }, async ({ body }) =>
  Response.json({ user: await createUser(body) }, { status: 201 }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
