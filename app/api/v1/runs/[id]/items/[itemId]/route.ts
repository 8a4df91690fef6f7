import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { oneReviewedRunItemSchema, reviewedRunItem } from "@/lib/review/run-item";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

const params = z.object({ id: z.uuid({ error: "Ids are UUIDs." }), itemId: z.uuid({ error: "Ids are UUIDs." }) });

export const GET = apiRoute(
  { role: "reviewer", summary: "One run item in full: answer, request, assertion results, baseline answer and reviews.", params, response: oneReviewedRunItemSchema },
  async ({ params }) => ({ item: await reviewedRunItem(params.id, params.itemId) }),
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
