import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { deleteSession, getSession, renameSession, updateSessionSchema } from "@/lib/sessions/service";
import { oneSessionSchema } from "@/lib/sessions/api-schemas";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", summary: "A session with its columns, turns and answers.", params: idParams, response: oneSessionSchema }, async ({ params }) => ({
  session: await getSession(params.id),
}));

export const PATCH = apiRoute({ role: "editor", summary: "Rename a session.", params: idParams, body: updateSessionSchema, response: oneSessionSchema }, async ({ params, body }) => ({
  session: await renameSession(params.id, body.title),
}));

export const DELETE = apiRoute({ role: "editor", summary: "Delete a session and its answers.", params: idParams, response: null }, async ({ params }) => {
  await deleteSession(params.id);
  return null;
});

export const { POST, PUT } = methodNotAllowed("GET", "PATCH", "DELETE");
