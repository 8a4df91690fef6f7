import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { getPolicy } from "@/lib/decide/routing/policies";

export const GET = apiRoute({ role: "reviewer", params: idParams }, async ({ params }) => ({ policy: await getPolicy(params.id) }));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
