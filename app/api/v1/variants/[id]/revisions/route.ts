import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { revisionViewSchema } from "@/lib/variants/api-schemas";
import { listRevisions } from "@/lib/variants/revisions";

/** The variant's revisions, newest first (the settings each run or answer used). */
export const GET = apiRoute(
  { role: "reviewer", summary: "A variant's revisions, newest first: the settings each run or answer used, who made them and when.", params: idParams, response: z.object({ revisions: z.array(revisionViewSchema) }) },
  async ({ params }) => ({ revisions: await listRevisions(params.id) }),
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
