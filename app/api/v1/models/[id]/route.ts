import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { updateModel, updateModelSchema } from "@/lib/providers/models";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const PATCH = apiRoute({ role: "editor", params: idParams, body: updateModelSchema }, async ({ params, body }) => ({
  model: await updateModel(params.id, body),
}));

export const { GET, POST, PUT, DELETE } = methodNotAllowed("PATCH");
