import { apiRoute } from "@/lib/api/route";
import { createRun } from "@/lib/runs/create-run";
import { createRunSchema } from "@/lib/runs/schemas";
import { getRun, listRuns } from "@/lib/runs/views";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer" }, async () => ({ runs: await listRuns() }));

export const POST = apiRoute({ role: "editor", body: createRunSchema }, async ({ body, user }) => {
  const { id } = await createRun(body, user.id);
  return Response.json({ run: await getRun(id) }, { status: 201 });
});

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
