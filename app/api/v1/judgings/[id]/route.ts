import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { judgingDetailSchema } from "@/lib/judging/api-schemas";
import { judgingVerdicts, winsByVariantPair } from "@/lib/judging/verdict-views";
import { getJudging } from "@/lib/judging/views";

export const GET = apiRoute(
  { role: "reviewer", summary: "A judging with its progress, every verdict, and the judge's wins per pair of variants.", params: idParams, response: judgingDetailSchema },
  async ({ params }) => {
    const judging = await getJudging(params.id);
    const verdicts = await judgingVerdicts(params.id);
    return { judging, wins: winsByVariantPair(verdicts), verdicts };
  },
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
