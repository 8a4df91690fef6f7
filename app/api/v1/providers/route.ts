import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { oneProviderSchema, publicProviderSchema } from "@/lib/providers/api-schemas";
import { createProvider, createProviderSchema, listProviders } from "@/lib/providers/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", summary: "Every provider (archived ones left out), its key shown only masked.", response: z.object({ providers: z.array(publicProviderSchema) }) }, async () => ({
  providers: await listProviders(),
}));

export const POST = apiRoute(
  { role: "editor", summary: "Add a provider: its kind, endpoint and key (kept encrypted); known models of its kind join the catalog.", body: createProviderSchema, response: oneProviderSchema, status: 201 },
  async ({ body }) => ({ provider: await createProvider(body) }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
