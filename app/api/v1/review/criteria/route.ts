import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { ratingCriteria, setRatingCriteria } from "@/lib/review/service";

export const GET = apiRoute({ role: "reviewer" }, async () => ({ criteria: await ratingCriteria() }));

export const PUT = apiRoute({ role: "admin", body: z.object({ criteria: z.array(z.string()) }).strict() }, async ({ body }) => ({
  criteria: await setRatingCriteria(body.criteria),
}));
