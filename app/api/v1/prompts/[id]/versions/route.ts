import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { promptVersionSchema } from "@/lib/prompts/api-schemas";
import { addVersion, getPrompt, newVersionSchema } from "@/lib/prompts/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", summary: "A prompt's versions, newest first.", params: idParams, response: z.object({ versions: z.array(promptVersionSchema) }) }, async ({ params }) => ({
  versions: (await getPrompt(params.id)).versions,
}));

/** Versions are immutable: a change is a new version. */
export const POST = apiRoute(
  { role: "editor", summary: "Save a new version of a prompt (versions never change).", params: idParams, body: newVersionSchema, response: z.object({ version: promptVersionSchema }), status: 201 },
  async ({ params, body, user }) => ({ version: await addVersion(params.id, body, user.id) }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
