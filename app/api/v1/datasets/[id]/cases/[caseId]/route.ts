import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { deleteCase } from "@/lib/datasets/service";

const params = z.object({ id: z.uuid(), caseId: z.uuid() });

export const DELETE = apiRoute({ role: "editor", params }, async ({ params }) => {
  await deleteCase(params.id, params.caseId);
  return null;
});
