// What starting a judging takes: shared by the REST route and `juxta judge`.
import { z } from "zod";

export const createJudgingSchema = z
  .object({
    judgeVariantId: z.uuid({ error: "judgeVariantId is a variant's id (a UUID)." }).optional(),
    /** The judge by name, the CLI's way. */
    judgeVariant: z.string().trim().min(1).max(200).optional(),
    rubric: z.string().trim().min(1, "A rubric is needed: what makes one answer better than the other.").max(10_000, "A rubric is at most 10,000 characters."),
  })
  .strict()
  .refine((input) => (input.judgeVariantId === undefined) !== (input.judgeVariant === undefined), {
    error: "Name the judge with judgeVariantId or judgeVariant (one of them).",
    path: ["judgeVariantId"],
  });

export type CreateJudgingInput = z.infer<typeof createJudgingSchema>;
