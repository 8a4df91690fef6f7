import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { oneExclusionSchema } from "@/lib/review/api-schemas";
import { endExclusion } from "@/lib/review/exclusions";

/** Counts the reviewer's votes again; the ended exclusion stays on record. 409 when none is active. */
export const POST = apiRoute({ role: "admin", summary: "Count a reviewer's votes again; the ended exclusion stays on record.", params: idParams, response: oneExclusionSchema }, async ({ user, params }) => ({ exclusion: await endExclusion(params.id, user) }));

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
