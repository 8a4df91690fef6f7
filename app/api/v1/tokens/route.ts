import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { createApiToken, listApiTokens, tokenNameSchema } from "@/lib/auth/api-tokens";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer" }, async ({ user }) => ({ tokens: await listApiTokens(user.id) }));

export const POST = apiRoute({ role: "reviewer", body: z.object({ name: tokenNameSchema }).strict() }, async ({ user, body }) =>
  Response.json({ token: await createApiToken(user.id, body.name) }, { status: 201 }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
