import { apiRoute } from "@/lib/api/route";
import { createApiToken, createdTokenSchema, listApiTokens, newTokenSchema, tokenListSchema } from "@/lib/auth/api-tokens";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", summary: "Your API tokens (expired ones too, until revoked).", response: tokenListSchema }, async ({ user }) => ({
  tokens: await listApiTokens(user.id),
}));

/** {name, expiresInDays?: 1–365, default 90} — the token is in the answer, and only there. */
export const POST = apiRoute(
  { role: "reviewer", summary: "Create an API token; the answer is the only place it appears in clear.", body: newTokenSchema, response: createdTokenSchema, status: 201 },
  async ({ user, body }) => ({ token: await createApiToken(user.id, body.name, body.expiresInDays) }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
