import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { oneRunSchema } from "@/lib/runs/api-schemas";
import { getRun } from "@/lib/runs/views";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", summary: "A run with its variants, progress and spend.", params: idParams, response: oneRunSchema }, async ({ params }) => ({ run: await getRun(params.id) }));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
