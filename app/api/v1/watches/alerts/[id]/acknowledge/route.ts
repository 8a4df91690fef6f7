import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { acknowledgeAlert } from "@/lib/watch/alerts";

export const POST = apiRoute({ role: "editor", params: idParams }, async ({ params, user }) => {
  await acknowledgeAlert(params.id, user.id);
  return { acknowledged: true };
});

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
