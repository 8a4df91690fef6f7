import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { runWatchNow } from "@/lib/watch/start-watch-run";

export const POST = apiRoute({ role: "editor", params: idParams }, async ({ params }) => Response.json({ watchRun: await runWatchNow(params.id) }, { status: 201 }));

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
