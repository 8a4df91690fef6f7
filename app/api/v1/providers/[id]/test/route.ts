import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { connectionTestSchema } from "@/lib/providers/api-schemas";
import { testProvider } from "@/lib/providers/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const POST = apiRoute(
  { role: "editor", summary: "Test the connection: list the provider's models (a failure is an answer with ok false, not an error).", params: idParams, response: z.object({ test: connectionTestSchema }) },
  async ({ params }) => ({ test: await testProvider(params.id) }),
);

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
