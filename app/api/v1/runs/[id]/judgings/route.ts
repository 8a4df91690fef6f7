import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { judgingViewSchema, oneJudgingSchema } from "@/lib/judging/api-schemas";
import { createJudging } from "@/lib/judging/create-judging";
import { createJudgingSchema } from "@/lib/judging/schemas";
import { getJudging, listJudgings } from "@/lib/judging/views";

export const GET = apiRoute(
  { role: "reviewer", summary: "A run's judgings.", params: idParams, response: z.object({ judgings: z.array(judgingViewSchema) }) },
  async ({ params }) => ({ judgings: await listJudgings(params.id) }),
);

export const POST = apiRoute(
  { role: "editor", summary: "Start an LLM judge over a finished run: every pair of answers, in both orders.", params: idParams, body: createJudgingSchema, response: oneJudgingSchema, status: 201 },
  async ({ params, body, user }) => {
    const { id } = await createJudging(params.id, body, user.id);
    return { judging: await getJudging(id) };
  },
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
