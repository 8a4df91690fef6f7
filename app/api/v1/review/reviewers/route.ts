import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { reviewerRowSchema } from "@/lib/review/api-schemas";
import { reviewerReport } from "@/lib/review/reviewers";

/** Per reviewer: votes, agreement, side bias, time per vote, gold accuracy, flags, exclusions. */
export const GET = apiRoute(
  { role: "admin", summary: "Every reviewer's votes, agreement, side bias, time per vote, gold accuracy, flags and exclusions.", response: z.object({ reviewers: z.array(reviewerRowSchema) }) },
  async () => ({ reviewers: await reviewerReport() }),
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
