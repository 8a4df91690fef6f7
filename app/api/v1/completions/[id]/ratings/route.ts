import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { listRatings, rate, ratingSchema } from "@/lib/review/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", params: idParams }, async ({ params }) => ({ ratings: await listRatings(params.id) }));

/** One rating per (answer, reviewer, criterion): posting again changes it. */
export const POST = apiRoute({ role: "reviewer", params: idParams, body: ratingSchema }, async ({ params, user, body }) => ({
  rating: await rate(params.id, user, body),
}));
export const PUT = POST;

export const { PATCH, DELETE } = methodNotAllowed("GET", "POST", "PUT");
