import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { deleteCase, updateCase, updateCaseSchema } from "@/lib/datasets/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

const params = z.object({ id: z.uuid(), caseId: z.uuid() });

export const PATCH = apiRoute({ role: "editor", params, body: updateCaseSchema }, async ({ params, body }) => ({ dataset: await updateCase(params.id, params.caseId, body) }));

export const DELETE = apiRoute({ role: "editor", params }, async ({ params }) => {
  await deleteCase(params.id, params.caseId);
  return null;
});

export const { GET, POST, PUT } = methodNotAllowed("PATCH", "DELETE");
