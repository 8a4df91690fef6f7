import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { oneVariantSchema, variantViewSchema } from "@/lib/variants/api-schemas";
import { createVariant, createVariantSchema, listVariants } from "@/lib/variants/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

const query = z.object({ archived: z.enum(["true", "false"]).default("false").describe("true: archived variants too.") });

export const GET = apiRoute({ role: "reviewer", summary: "Every variant by name, with its model, provider and newest revision.", query, response: z.object({ variants: z.array(variantViewSchema) }) }, async ({ query }) => ({
  variants: await listVariants({ includeArchived: query.archived === "true" }),
}));

export const POST = apiRoute(
  { role: "editor", summary: "Create a variant: a model with a name, system prompt and sampling settings (its revision 1).", body: createVariantSchema, response: oneVariantSchema, status: 201 },
  async ({ body, user }) => ({ variant: await createVariant(body, user.id) }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
