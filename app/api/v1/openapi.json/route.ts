// The OpenAPI 3.1 document of this API. Public: it describes the routes, as the README does, and
// holds no data; tools (client generators, API explorers) can fetch it without a token.
import { z } from "zod";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { apiDocument } from "@/lib/api/openapi/api-document";
import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute(
  { role: "public", summary: "This document: OpenAPI 3.1, generated from the routes' own schemas.", response: z.looseObject({ openapi: z.literal("3.1.1") }) },
  async () => apiDocument(),
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
