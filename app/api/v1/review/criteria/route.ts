import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { ratingCriteria, setRatingCriteria } from "@/lib/review/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer" }, async () => ({ criteria: await ratingCriteria() }));

export const PUT = apiRoute({ role: "admin", body: z.object({ criteria: z.array(z.string()) }).strict() }, async ({ body }) => ({
  criteria: await setRatingCriteria(body.criteria),
}));

export const { POST, PATCH, DELETE } = methodNotAllowed("GET", "PUT");
