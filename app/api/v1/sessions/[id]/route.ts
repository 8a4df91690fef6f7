import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { deleteSession, getSession, renameSession, updateSessionSchema } from "@/lib/sessions/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", params: idParams }, async ({ params }) => ({ session: await getSession(params.id) }));

export const PATCH = apiRoute({ role: "editor", params: idParams, body: updateSessionSchema }, async ({ params, body }) => ({
  session: await renameSession(params.id, body.title),
}));

export const DELETE = apiRoute({ role: "editor", params: idParams }, async ({ params }) => {
  await deleteSession(params.id);
  return null;
});

export const { POST, PUT } = methodNotAllowed("GET", "PATCH", "DELETE");
