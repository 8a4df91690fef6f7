import { apiRoute } from "@/lib/api/route";
import { createApiToken, listApiTokens, newTokenSchema } from "@/lib/auth/api-tokens";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer" }, async ({ user }) => ({ tokens: await listApiTokens(user.id) }));

/** {name, expiresInDays?: 1–365, default 90} — the token is in the answer, and only there. */
export const POST = apiRoute({ role: "reviewer", body: newTokenSchema }, async ({ user, body }) =>
  Response.json({ token: await createApiToken(user.id, body.name, body.expiresInDays) }, { status: 201 }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
