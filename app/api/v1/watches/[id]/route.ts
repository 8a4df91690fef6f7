import { z } from "zod";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { watchHistoryEntrySchema, watchViewSchema } from "@/lib/watch/api-schemas";
import { watchHistory } from "@/lib/watch/history";
import { updateWatchSchema } from "@/lib/watch/schemas";
import { getWatch, setPaused } from "@/lib/watch/service";

export const GET = apiRoute(
  { role: "reviewer", summary: "A watch and its runs over time, with their figures and drift.", params: idParams, response: z.object({ watch: watchViewSchema, runs: z.array(watchHistoryEntrySchema) }) },
  async ({ params }) => {
    const watch = await getWatch(params.id);
    return { watch, runs: await watchHistory(watch.id, watch.baselineRunId) };
  },
);

export const PATCH = apiRoute(
  { role: "editor", summary: "Pause or resume a watch.", params: idParams, body: updateWatchSchema, response: z.object({ watch: watchViewSchema }) },
  async ({ params, body }) => ({ watch: await setPaused(params.id, body.paused) }),
);

export const { POST, PUT, DELETE } = methodNotAllowed("GET", "PATCH");
