import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { createPolicy, createPolicySchema, listPolicies, policySchema, policySummarySchema } from "@/lib/decide/routing/policies";

export const GET = apiRoute(
  { role: "reviewer", summary: "Saved routing policies with their latest version.", response: z.object({ policies: z.array(policySummarySchema) }) },
  async () => ({ policies: await listPolicies() }),
);

export const POST = apiRoute(
  { role: "editor", summary: "Save a routing, cascade or fallback policy as version 1.", body: createPolicySchema, response: z.object({ policy: policySchema }), status: 201 },
  async ({ body, user }) => ({ policy: await createPolicy(body, user.id) }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
