// What GET /runs/{id}/scorecard answers: the scorecard every scorecard shares (api-schemas.ts)
// with the run it was read from.
import { z } from "zod";
import { scorecardSchema } from "./api-schemas";

export const oneRunScorecardSchema = z.object({
  scorecard: scorecardSchema.extend({
    run: z.object({ id: z.string(), name: z.string(), status: z.string() }),
    dataset: z.object({ id: z.string(), name: z.string() }).nullable(),
    weightsFrom: z.enum(["request", "dataset", "defaults"]),
  }),
});
