import { z } from "zod";
import { requestOrigin } from "@/lib/api/forwarded";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { apiRoute } from "@/lib/api/route";
import { watchViewSchema } from "@/lib/watch/api-schemas";
import { createWatchSchema } from "@/lib/watch/schemas";
import { createWatch, getWatch, listWatches } from "@/lib/watch/service";

export const GET = apiRoute({ role: "reviewer", summary: "Every watch with its schedule, last run and open alerts.", response: z.object({ watches: z.array(watchViewSchema) }) }, async () => ({
  watches: await listWatches(),
}));

const created = z.object({
  watch: watchViewSchema,
  generatedSecrets: z.array(z.object({ url: z.string(), secret: z.string() })).describe("Webhook signing secrets Juxta made up: shown this once."),
});

export const POST = apiRoute(
  { role: "editor", summary: "Create a watch: a prompt version, dataset and variants run on a schedule and checked for drift.", body: createWatchSchema, response: created, status: 201 },
  async ({ body, user, request }) => {
    const { id, generatedSecrets } = await createWatch(body, user.id, requestOrigin(request));
    return { watch: await getWatch(id), generatedSecrets };
  },
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
