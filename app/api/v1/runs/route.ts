import { apiRoute } from "@/lib/api/route";
import { createRun } from "@/lib/runs/create-run";
import { oneRunSchema, runListSchema } from "@/lib/runs/api-schemas";
import { createRunSchema, listRunsSchema } from "@/lib/runs/schemas";
import { getRun, listRuns } from "@/lib/runs/views";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute(
  { role: "reviewer", summary: "The latest runs, newest first: ?q= words in a run's name, prompt, dataset or variants; ?status=, ?kind=, ?limit= (≤ 500).", query: listRunsSchema, response: runListSchema },
  async ({ query }) => ({ runs: await listRuns(query) }),
);

export const POST = apiRoute(
  { role: "editor", summary: "Start a replay or load run: writes it and its items and enqueues it.", body: createRunSchema, response: oneRunSchema, status: 201 },
  async ({ body, user }) => {
    const { id } = await createRun(body, user.id);
    return { run: await getRun(id) };
  },
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
