import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { addAnnotation, annotationSchema, listAnnotations } from "@/lib/review/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", params: idParams }, async ({ params }) => ({ annotations: await listAnnotations(params.id) }));

export const POST = apiRoute({ role: "reviewer", params: idParams, body: annotationSchema }, async ({ params, user, body }) =>
  Response.json({ annotation: await addAnnotation(params.id, user, body) }, { status: 201 }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
