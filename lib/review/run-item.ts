// A run item as its dialog shows it: the run's view of the item with the reviews of its answer.
// Put together here, above lib/runs, because runs know nothing of reviews.
import { z } from "zod";
import { runItemDetailSchema } from "../runs/api-schemas";
import { getRunItem } from "../runs/views";
import { completionReviews } from "./answer-reviews";
import { answerReviewsSchema } from "./api-schemas";

/** GET /runs/{id}/items/{itemId}: the item wrapped in its name. */
export const oneReviewedRunItemSchema = z.object({
  item: runItemDetailSchema.extend({ reviews: answerReviewsSchema.nullable().describe("What reviewers said about the answer; null without one.") }),
});

export async function reviewedRunItem(runId: string, itemId: string) {
  const item = await getRunItem(runId, itemId);
  return { ...item, reviews: item.completion ? await completionReviews(item.completion.id) : null };
}
