import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { revealSession } from "@/lib/sessions/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const POST = apiRoute({ role: "editor", params: idParams }, async ({ params }) => ({ session: await revealSession(params.id) }));

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
