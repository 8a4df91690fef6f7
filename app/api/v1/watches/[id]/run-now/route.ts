import { z } from "zod";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { startedWatchRunSchema } from "@/lib/watch/api-schemas";
import { runWatchNow } from "@/lib/watch/start-watch-run";

export const POST = apiRoute(
  { role: "editor", summary: "Run a watch now, outside its schedule.", params: idParams, response: z.object({ watchRun: startedWatchRunSchema }), status: 201 },
  async ({ params }) => ({ watchRun: await runWatchNow(params.id) }),
);

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
