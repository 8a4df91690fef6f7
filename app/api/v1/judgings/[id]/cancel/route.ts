import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { oneJudgingSchema } from "@/lib/judging/api-schemas";
import { cancelJudging } from "@/lib/judging/cancel-judging";
import { getJudging } from "@/lib/judging/views";

export const POST = apiRoute({ role: "editor", summary: "Cancel a judging; the verdicts so far are kept.", params: idParams, response: oneJudgingSchema }, async ({ params }) => {
  await cancelJudging(params.id);
  return { judging: await getJudging(params.id) };
});

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
