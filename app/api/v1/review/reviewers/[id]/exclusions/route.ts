import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { exclusionViewSchema, oneExclusionSchema } from "@/lib/review/api-schemas";
import { excludeReviewer, exclusionHistory, exclusionSchema } from "@/lib/review/exclusions";

export const GET = apiRoute(
  { role: "admin", summary: "A reviewer's exclusions, ended ones included.", params: idParams, response: z.object({ exclusions: z.array(exclusionViewSchema) }) },
  async ({ params }) => ({ exclusions: await exclusionHistory(params.id) }),
);

/** {reason}: leaves the reviewer's votes out of the leaderboard; 409 when they already are. */
export const POST = apiRoute(
  { role: "admin", summary: "Leave a reviewer's votes out of the leaderboard.", params: idParams, body: exclusionSchema, response: oneExclusionSchema, status: 201 },
  async ({ user, params, body }) => ({ exclusion: await excludeReviewer(params.id, user, body) }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
