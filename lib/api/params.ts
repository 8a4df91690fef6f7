import { z } from "zod";

/** Path params of routes under /…/[id]. */
export const idParams = z.object({ id: z.uuid({ error: "Ids are UUIDs." }) });
