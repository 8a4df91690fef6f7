import { apiRoute } from "@/lib/api/route";
import { createProvider, createProviderSchema, listProviders } from "@/lib/providers/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer" }, async () => ({ providers: await listProviders() }));

export const POST = apiRoute({ role: "editor", body: createProviderSchema }, async ({ body }) =>
  Response.json({ provider: await createProvider(body) }, { status: 201 }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
