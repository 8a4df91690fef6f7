// "Copy the request as curl" for one answer of a compare session: the request stored on the
// answer, sent where its provider's calls go now.
import "server-only";
import { z } from "zod";
import { conflict, notFound } from "../api/errors";
import { db } from "../db/client";
import { effectiveBaseUrl } from "../providers/endpoint";
import { curlCommand } from "./curl-command";

/** The Completion.request JSON (lib/variants/request.ts storedRequest), checked as it is read. */
const storedRequest = z.object({
  model: z.string(),
  messages: z.array(z.object({ role: z.enum(["system", "user", "assistant"]), content: z.string() })),
  params: z.object({
    temperature: z.number().nullish(),
    topP: z.number().nullish(),
    maxTokens: z.number().int().nullish(),
    stop: z.array(z.string()).optional(),
    seed: z.number().int().nullish(),
  }),
  provider: z.object({ id: z.string() }),
});

export async function completionAsCurl(sessionId: string, completionId: string): Promise<string> {
  const completion = await db().completion.findFirst({
    where: { id: completionId, turn: { sessionId } },
    select: { request: true, turn: { select: { session: { select: { blind: true, revealedAt: true } } } } },
  });
  if (!completion) throw notFound("That answer");
  // The model id and the provider's URL would name a blind column.
  const session = completion.turn!.session;
  if (session.blind && !session.revealedAt) throw conflict("The request names the model: copy it once the names are revealed.");
  const request = storedRequest.parse(completion.request);
  const provider = await db().provider.findUnique({ where: { id: request.provider.id }, select: { kind: true, baseUrl: true, customEndpoint: true } });
  if (!provider) throw notFound("The provider of that answer");
  if (provider.kind === "simulated") throw conflict("A simulated model has no API to call, so its request has no curl.");
  return curlCommand(request, { kind: provider.kind, baseUrl: effectiveBaseUrl(provider) });
}
