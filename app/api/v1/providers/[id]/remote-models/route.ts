import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { listRemoteModels } from "@/lib/providers/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

/** The models the provider itself lists (not yet in the catalog). */
export const GET = apiRoute({ role: "editor", params: idParams }, async ({ params }) => ({ models: await listRemoteModels(params.id) }));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
