import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { addCase, caseSchema, getDataset } from "@/lib/datasets/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", params: idParams }, async ({ params }) => ({ cases: (await getDataset(params.id)).cases }));

export const POST = apiRoute({ role: "editor", params: idParams, body: caseSchema }, async ({ params, body }) =>
  Response.json({ dataset: await addCase(params.id, body) }, { status: 201 }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
