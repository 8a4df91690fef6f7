import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { sendTestAlert } from "@/lib/watch/alerts";

export const POST = apiRoute({ role: "editor", params: idParams }, async ({ params }) => Response.json(await sendTestAlert(params.id), { status: 202 }));

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
