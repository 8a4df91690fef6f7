import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { deleteAnnotation, updateAnnotation } from "@/lib/review/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const PATCH = apiRoute({ role: "reviewer", params: idParams, body: z.object({ body: z.string() }).strict() }, async ({ params, user, body }) => ({
  annotation: await updateAnnotation(params.id, user, body.body),
}));

export const DELETE = apiRoute({ role: "reviewer", params: idParams }, async ({ params, user }) => {
  await deleteAnnotation(params.id, user);
  return null;
});

export const { GET, POST, PUT } = methodNotAllowed("PATCH", "DELETE");
