import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { listRevisions } from "@/lib/variants/revisions";

/** The variant's revisions, newest first (the settings each run or answer used). */
export const GET = apiRoute({ role: "reviewer", params: idParams }, async ({ params }) => ({ revisions: await listRevisions(params.id) }));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
