import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { demoStateSchema, loadedDemoSchema, removedDemoSchema } from "@/lib/demo/api-schemas";
import { loadDemo } from "@/lib/demo/load-demo";
import { removeDemo } from "@/lib/demo/remove-demo";
import { isDemoLoaded, workspaceCounts } from "@/lib/overview/workspace";

export const GET = apiRoute({ role: "reviewer", summary: "Whether the demo workspace is loaded, and what the workspace holds.", response: demoStateSchema }, async () => ({
  loaded: await isDemoLoaded(),
  counts: await workspaceCounts(),
}));

// The worker executes the demo's runs; this answers once they are finished (seconds).
export const POST = apiRoute(
  { role: "editor", summary: 'Load the demo workspace ("Demo · …" provider, variants, prompts, datasets, finished runs, sessions and votes); answers once its runs are done.', response: loadedDemoSchema, status: 201 },
  async ({ user }) => ({ demo: await loadDemo(user) }),
);

export const DELETE = apiRoute({ role: "editor", summary: "Remove the demo workspace; demo rows your own work uses are archived instead.", response: removedDemoSchema }, async () => ({
  removed: await removeDemo(),
}));

export const { PUT, PATCH } = methodNotAllowed("GET", "POST", "DELETE");
