import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { listUserTokens } from "@/lib/auth/user-admin";

export const GET = apiRoute({ role: "admin", params: idParams }, async ({ params }) => ({ tokens: await listUserTokens(params.id) }));
