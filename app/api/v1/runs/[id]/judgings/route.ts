import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { createJudging } from "@/lib/judging/create-judging";
import { createJudgingSchema } from "@/lib/judging/schemas";
import { getJudging, listJudgings } from "@/lib/judging/views";

export const GET = apiRoute({ role: "reviewer", params: idParams }, async ({ params }) => ({ judgings: await listJudgings(params.id) }));

export const POST = apiRoute({ role: "editor", params: idParams, body: createJudgingSchema }, async ({ params, body, user }) => {
  const { id } = await createJudging(params.id, body, user.id);
  return Response.json({ judging: await getJudging(id) }, { status: 201 });
});

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
