// What the prompts API answers, as zod: the routes declare these as their responses (so the
// OpenAPI document and the typed client follow them) and the service returns their server side.
import { z } from "zod";
import { isoDate } from "../api/iso-date";

const chatMessageSchema = z.object({ role: z.enum(["system", "user", "assistant"]), content: z.string() });

export const promptVersionSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  messages: z.array(chatMessageSchema).describe("The template: {{variables}} not filled in."),
  variables: z.array(z.string()),
  note: z.string(),
  createdAt: isoDate,
  createdBy: z.string().nullable().describe("The author's name."),
});
export type PromptVersionView = z.output<typeof promptVersionSchema>;

export const promptListItemSchema = z.object({ id: z.string(), name: z.string(), description: z.string(), updatedAt: isoDate, latest: promptVersionSchema.nullable() });

export const promptDetailSchema = z.object({ id: z.string(), name: z.string(), description: z.string(), createdAt: isoDate, versions: z.array(promptVersionSchema).describe("Newest first.") });
export type PromptDetail = z.output<typeof promptDetailSchema>;
export const onePromptSchema = z.object({ prompt: promptDetailSchema });

export const renderedPromptSchema = z.object({ version: z.number().int(), messages: z.array(chatMessageSchema).describe("With the variables filled in.") });
