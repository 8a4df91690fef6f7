import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { getPrompt } from "@/lib/prompts/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", params: idParams }, async ({ params }) => ({ prompt: await getPrompt(params.id) }));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
