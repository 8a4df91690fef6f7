import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { runSummary } from "@/lib/runs/summary";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", params: idParams }, async ({ params }) => ({ summary: await runSummary(params.id) }));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
