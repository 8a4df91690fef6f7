import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { loadDemo } from "@/lib/demo/load-demo";
import { removeDemo } from "@/lib/demo/remove-demo";
import { isDemoLoaded, workspaceCounts } from "@/lib/overview/workspace";

export const GET = apiRoute({ role: "reviewer" }, async () => ({ loaded: await isDemoLoaded(), counts: await workspaceCounts() }));

// The worker executes the demo's runs; this answers once they are finished (seconds).
export const POST = apiRoute({ role: "editor" }, async ({ user }) => Response.json({ demo: await loadDemo(user) }, { status: 201 }));

export const DELETE = apiRoute({ role: "editor" }, async () => ({ removed: await removeDemo() }));

export const { PUT, PATCH } = methodNotAllowed("GET", "POST", "DELETE");
