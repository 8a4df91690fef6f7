import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { createVariant, createVariantSchema, listVariants } from "@/lib/variants/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

const query = z.object({ archived: z.enum(["true", "false"]).default("false") });

export const GET = apiRoute({ role: "reviewer", query }, async ({ query }) => ({
  variants: await listVariants({ includeArchived: query.archived === "true" }),
}));

export const POST = apiRoute({ role: "editor", body: createVariantSchema }, async ({ body, user }) =>
  Response.json({ variant: await createVariant(body, user.id) }, { status: 201 }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
