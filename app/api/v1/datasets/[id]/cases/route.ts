import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { casePageSchema, oneCaseSchema } from "@/lib/datasets/api-schemas";
import { listCases, listCasesSchema } from "@/lib/datasets/case-list";
import { addCase, caseSchema } from "@/lib/datasets/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

/** ?q=&tags=a,b&assertions=with|without&page=&pageSize= → one page of cases, filtered. */
export const GET = apiRoute(
  { role: "reviewer", summary: "One page of the dataset's cases in position order, filtered by text, tags and assertions.", params: idParams, query: listCasesSchema, response: casePageSchema },
  async ({ params, query }) => listCases(params.id, query),
);

export const POST = apiRoute({ role: "editor", summary: "Add a test case at the end of the dataset; answers the case as stored.", params: idParams, body: caseSchema, response: oneCaseSchema, status: 201 }, async ({ params, body }) => ({
  case: await addCase(params.id, body),
}));

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
