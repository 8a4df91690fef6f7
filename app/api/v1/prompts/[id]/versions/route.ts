import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { addVersion, getPrompt, newVersionSchema } from "@/lib/prompts/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", params: idParams }, async ({ params }) => ({ versions: (await getPrompt(params.id)).versions }));

/** Versions are immutable: a change is a new version. */
export const POST = apiRoute({ role: "editor", params: idParams, body: newVersionSchema }, async ({ params, body, user }) =>
  Response.json({ version: await addVersion(params.id, body, user.id) }, { status: 201 }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
