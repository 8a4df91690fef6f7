import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { annotationWithAuthorSchema } from "@/lib/review/api-schemas";
import { addAnnotation, annotationSchema, listAnnotations } from "@/lib/review/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute(
  { role: "reviewer", summary: "An answer's annotations, oldest first.", params: idParams, response: z.object({ annotations: z.array(annotationWithAuthorSchema) }) },
  async ({ params }) => ({ annotations: await listAnnotations(params.id) }),
);

export const POST = apiRoute(
  { role: "reviewer", summary: "Annotate an answer, optionally quoting a span of it.", params: idParams, body: annotationSchema, response: z.object({ annotation: annotationWithAuthorSchema }), status: 201 },
  async ({ params, user, body }) => ({ annotation: await addAnnotation(params.id, user, body) }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
