import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { catalogRowSchema } from "@/lib/providers/api-schemas";
import { updateModel, updateModelSchema } from "@/lib/providers/models";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const PATCH = apiRoute(
  { role: "editor", summary: "Change a model's display name, prices (USD per million tokens) or context window.", params: idParams, body: updateModelSchema, response: z.object({ model: catalogRowSchema }) },
  async ({ params, body }) => ({ model: await updateModel(params.id, body) }),
);

export const { GET, POST, PUT, DELETE } = methodNotAllowed("PATCH");
