import { apiRoute } from "@/lib/api/route";
import { createRun } from "@/lib/runs/create-run";
import { createRunSchema, listRunsSchema } from "@/lib/runs/schemas";
import { getRun, listRuns } from "@/lib/runs/views";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

/** ?q= words in a run's name, prompt, dataset or variants; ?status=, ?kind=, ?limit= (≤ 500). */
export const GET = apiRoute({ role: "reviewer", query: listRunsSchema }, async ({ query }) => ({ runs: await listRuns(query) }));

export const POST = apiRoute({ role: "editor", body: createRunSchema }, async ({ body, user }) => {
  const { id } = await createRun(body, user.id);
  return Response.json({ run: await getRun(id) }, { status: 201 });
});

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
