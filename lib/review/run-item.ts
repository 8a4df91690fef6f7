// A run item as its dialog shows it: the run's view of the item with the reviews of its answer.
// Put together here, above lib/runs, because runs know nothing of reviews.
import { getRunItem } from "../runs/views";
import { completionReviews } from "./answer-reviews";

export async function reviewedRunItem(runId: string, itemId: string) {
  const item = await getRunItem(runId, itemId);
  return { ...item, reviews: item.completion ? await completionReviews(item.completion.id) : null };
}
