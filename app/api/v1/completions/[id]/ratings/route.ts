import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { ratingRowSchema } from "@/lib/review/api-schemas";
import { listRatings, rate, ratingSchema } from "@/lib/review/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute(
  { role: "reviewer", summary: "Every rating of an answer, by criterion.", params: idParams, response: z.object({ ratings: z.array(ratingRowSchema.extend({ reviewer: z.object({ id: z.string(), name: z.string() }) })) }) },
  async ({ params }) => ({ ratings: await listRatings(params.id) }),
);

/** One rating per (answer, reviewer, criterion): posting again changes it. */
export const POST = apiRoute(
  { role: "reviewer", summary: "Rate an answer 1–5 on a criterion (again: changes the rating).", params: idParams, body: ratingSchema, response: z.object({ rating: ratingRowSchema }) },
  async ({ params, user, body }) => ({ rating: await rate(params.id, user, body) }),
);
export const PUT = POST;

export const { PATCH, DELETE } = methodNotAllowed("GET", "POST", "PUT");
