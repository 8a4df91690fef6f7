import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { createPolicy, createPolicySchema, listPolicies } from "@/lib/decide/routing/policies";

export const GET = apiRoute({ role: "reviewer" }, async () => ({ policies: await listPolicies() }));

export const POST = apiRoute({ role: "editor", body: createPolicySchema }, async ({ body, user }) => Response.json({ policy: await createPolicy(body, user.id) }, { status: 201 }));

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
