import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { excludeReviewer, exclusionHistory, exclusionSchema } from "@/lib/review/exclusions";

export const GET = apiRoute({ role: "admin", params: idParams }, async ({ params }) => ({ exclusions: await exclusionHistory(params.id) }));

/** {reason}: leaves the reviewer's votes out of the leaderboard; 409 when they already are. */
export const POST = apiRoute({ role: "admin", params: idParams, body: exclusionSchema }, async ({ user, params, body }) =>
  Response.json({ exclusion: await excludeReviewer(params.id, user, body) }, { status: 201 }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
