import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { sessionReviews } from "@/lib/review/answer-reviews";
import { getSession } from "@/lib/sessions/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

/** Annotations, ratings and vote tallies per answer of the session. */
export const GET = apiRoute({ role: "reviewer", params: idParams }, async ({ params }) => {
  await getSession(params.id); // 404 for an unknown session
  return { reviews: await sessionReviews(params.id) };
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
