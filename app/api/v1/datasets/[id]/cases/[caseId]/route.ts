import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { oneCaseSchema } from "@/lib/datasets/api-schemas";
import { deleteCase, updateCase, updateCaseSchema } from "@/lib/datasets/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

const params = z.object({ id: z.uuid(), caseId: z.uuid() });

export const PATCH = apiRoute({ role: "editor", summary: "Edit a test case in place; answers the case as stored.", params, body: updateCaseSchema, response: oneCaseSchema }, async ({ params, body }) => ({
  case: await updateCase(params.id, params.caseId, body),
}));

export const DELETE = apiRoute({ role: "editor", summary: "Delete a test case.", params, response: null }, async ({ params }) => {
  await deleteCase(params.id, params.caseId);
  return null;
});

export const { GET, POST, PUT } = methodNotAllowed("PATCH", "DELETE");
