import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { annotationRowSchema } from "@/lib/review/api-schemas";
import { deleteAnnotation, updateAnnotation } from "@/lib/review/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const PATCH = apiRoute(
  { role: "reviewer", summary: "Edit your annotation (admins: any).", params: idParams, body: z.object({ body: z.string() }).strict(), response: z.object({ annotation: annotationRowSchema }) },
  async ({ params, user, body }) => ({ annotation: await updateAnnotation(params.id, user, body.body) }),
);

export const DELETE = apiRoute({ role: "reviewer", summary: "Delete your annotation (admins: any).", params: idParams, response: null }, async ({ params, user }) => {
  await deleteAnnotation(params.id, user);
  return null;
});

export const { GET, POST, PUT } = methodNotAllowed("PATCH", "DELETE");
