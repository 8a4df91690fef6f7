import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { casePageSchema, datasetDetailSchema } from "@/lib/datasets/api-schemas";
import { listCases, listCasesSchema } from "@/lib/datasets/case-list";
import { addCase, caseSchema } from "@/lib/datasets/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

/** ?q=&tags=a,b&assertions=with|without&page=&pageSize= → one page of cases, filtered. */
export const GET = apiRoute(
  { role: "reviewer", summary: "One page of the dataset's cases in position order, filtered by text, tags and assertions.", params: idParams, query: listCasesSchema, response: casePageSchema },
  async ({ params, query }) => listCases(params.id, query),
);

export const POST = apiRoute({ role: "editor", summary: "Add a test case; answers the dataset as it is now.", params: idParams, body: caseSchema, response: datasetDetailSchema, status: 201 }, async ({ params, body }) => ({
  dataset: await addCase(params.id, body),
}));

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
