import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { testProvider } from "@/lib/providers/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const POST = apiRoute({ role: "editor", params: idParams }, async ({ params }) => ({ test: await testProvider(params.id) }));

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
