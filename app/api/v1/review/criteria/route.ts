import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { ratingCriteria, setRatingCriteria } from "@/lib/review/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { criteriaSchema } from "@/lib/review/api-schemas";

export const GET = apiRoute({ role: "reviewer", summary: "The criteria answers are rated on (1–5).", response: criteriaSchema }, async () => ({ criteria: await ratingCriteria() }));

export const PUT = apiRoute({ role: "admin", summary: "Set the rating criteria.", body: z.object({ criteria: z.array(z.string()) }).strict(), response: criteriaSchema }, async ({ body }) => ({
  criteria: await setRatingCriteria(body.criteria),
}));

export const { POST, PATCH, DELETE } = methodNotAllowed("GET", "PUT");
