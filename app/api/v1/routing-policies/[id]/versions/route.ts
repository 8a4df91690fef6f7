import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { addPolicyVersion, getPolicy, newPolicyVersionSchema } from "@/lib/decide/routing/policies";

export const GET = apiRoute({ role: "reviewer", params: idParams }, async ({ params }) => ({ versions: (await getPolicy(params.id)).versions }));

/** Versions are immutable: a change is a new version. */
export const POST = apiRoute({ role: "editor", params: idParams, body: newPolicyVersionSchema }, async ({ params, body, user }) =>
  Response.json({ version: await addPolicyVersion(params.id, body, user.id) }, { status: 201 }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
