import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { getRunItem } from "@/lib/runs/views";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

const params = z.object({ id: z.uuid({ error: "Ids are UUIDs." }), itemId: z.uuid({ error: "Ids are UUIDs." }) });

export const GET = apiRoute({ role: "reviewer", params }, async ({ params }) => ({ item: await getRunItem(params.id, params.itemId) }));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
