import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { revealSession } from "@/lib/sessions/service";
import { oneSessionSchema } from "@/lib/sessions/api-schemas";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const POST = apiRoute({ role: "editor", summary: "Reveal a blind session's variant names and metrics.", params: idParams, response: oneSessionSchema }, async ({ params }) => ({
  session: await revealSession(params.id),
}));

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
