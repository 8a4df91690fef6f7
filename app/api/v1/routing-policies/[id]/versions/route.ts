import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { addPolicyVersion, getPolicy, newPolicyVersionSchema, policyVersionSchema } from "@/lib/decide/routing/policies";

export const GET = apiRoute(
  { role: "reviewer", summary: "A routing policy's versions, newest first.", params: idParams, response: z.object({ versions: z.array(policyVersionSchema) }) },
  async ({ params }) => ({ versions: (await getPolicy(params.id)).versions }),
);

/** Versions are immutable: a change is a new version. */
export const POST = apiRoute(
  { role: "editor", summary: "Save a changed definition as the next version.", params: idParams, body: newPolicyVersionSchema, response: z.object({ version: policyVersionSchema }), status: 201 },
  async ({ params, body, user }) => ({ version: await addPolicyVersion(params.id, body, user.id) }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
