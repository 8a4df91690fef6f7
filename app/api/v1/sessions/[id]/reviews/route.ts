import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { answerReviewsSchema } from "@/lib/review/api-schemas";
import { sessionReviews } from "@/lib/review/answer-reviews";
import { getSession } from "@/lib/sessions/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

/** Annotations, ratings and vote tallies per answer of the session. */
export const GET = apiRoute(
  { role: "reviewer", summary: "Annotations, mean ratings and vote record of each answer in a session, by completion id.", params: idParams, response: z.object({ reviews: z.record(z.string(), answerReviewsSchema) }) },
  async ({ params }) => {
    await getSession(params.id); // 404 for an unknown session
    return { reviews: await sessionReviews(params.id) };
  },
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
