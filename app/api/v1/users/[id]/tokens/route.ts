import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { tokenListSchema } from "@/lib/auth/api-tokens";
import { listUserTokens } from "@/lib/auth/user-admin";

export const GET = apiRoute({ role: "admin", summary: "A user's API tokens that are not revoked.", params: idParams, response: tokenListSchema }, async ({ params }) => ({
  tokens: await listUserTokens(params.id),
}));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
