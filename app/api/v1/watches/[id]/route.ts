import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { watchHistory } from "@/lib/watch/history";
import { updateWatchSchema } from "@/lib/watch/schemas";
import { getWatch, setPaused } from "@/lib/watch/service";

export const GET = apiRoute({ role: "reviewer", params: idParams }, async ({ params }) => {
  const watch = await getWatch(params.id);
  return { watch, runs: await watchHistory(watch.id, watch.baselineRunId) };
});

export const PATCH = apiRoute({ role: "editor", params: idParams, body: updateWatchSchema }, async ({ params, body }) => ({ watch: await setPaused(params.id, body.paused) }));

export const { POST, PUT, DELETE } = methodNotAllowed("GET", "PATCH");
