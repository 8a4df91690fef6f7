import { requestOrigin } from "@/lib/api/forwarded";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { apiRoute } from "@/lib/api/route";
import { createWatchSchema } from "@/lib/watch/schemas";
import { createWatch, getWatch, listWatches } from "@/lib/watch/service";

export const GET = apiRoute({ role: "reviewer" }, async () => ({ watches: await listWatches() }));

export const POST = apiRoute({ role: "editor", body: createWatchSchema }, async ({ body, user, request }) => {
  const { id, generatedSecrets } = await createWatch(body, user.id, requestOrigin(request));
  return Response.json({ watch: await getWatch(id), generatedSecrets }, { status: 201 });
});

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
