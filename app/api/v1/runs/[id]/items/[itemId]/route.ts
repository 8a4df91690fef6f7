import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { reviewedRunItem } from "@/lib/review/run-item";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

const params = z.object({ id: z.uuid({ error: "Ids are UUIDs." }), itemId: z.uuid({ error: "Ids are UUIDs." }) });

export const GET = apiRoute({ role: "reviewer", params }, async ({ params }) => ({ item: await reviewedRunItem(params.id, params.itemId) }));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
