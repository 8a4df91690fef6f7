import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { getPolicy, policySchema } from "@/lib/decide/routing/policies";

export const GET = apiRoute({ role: "reviewer", summary: "A routing policy with every version.", params: idParams, response: z.object({ policy: policySchema }) }, async ({ params }) => ({
  policy: await getPolicy(params.id),
}));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
