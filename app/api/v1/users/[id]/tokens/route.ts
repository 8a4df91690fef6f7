import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { listUserTokens } from "@/lib/auth/user-admin";

export const GET = apiRoute({ role: "admin", params: idParams }, async ({ params }) => ({ tokens: await listUserTokens(params.id) }));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
