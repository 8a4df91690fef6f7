import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { listCases, listCasesSchema } from "@/lib/datasets/case-list";
import { addCase, caseSchema } from "@/lib/datasets/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

/** ?q=&tags=a,b&assertions=with|without&page=&pageSize= → one page of cases, filtered. */
export const GET = apiRoute({ role: "reviewer", params: idParams, query: listCasesSchema }, async ({ params, query }) => listCases(params.id, query));

export const POST = apiRoute({ role: "editor", params: idParams, body: caseSchema }, async ({ params, body }) =>
  Response.json({ dataset: await addCase(params.id, body) }, { status: 201 }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
