// What the demo API answers, as zod: the route declares these as its responses, so the OpenAPI
// document and the typed client follow them.
import { z } from "zod";

const count = z.number().int();

export const demoStateSchema = z.object({
  loaded: z.boolean(),
  counts: z.object({ sessions: count, runs: count, prompts: count, datasets: count, votes: count, demo: count.describe('Sessions, runs, prompts and datasets named "Demo · …".') }),
});

export const loadedDemoSchema = z.object({ demo: z.object({ runs: z.array(z.string()).describe("Run ids."), sessions: z.array(z.string()).describe("Session ids."), votes: count }) });

export const removedDemoSchema = z.object({
  removed: z.object({ runs: count, sessions: count, variants: count, prompts: count, datasets: count, archived: count.describe("Demo rows kept (archived) because your own work still refers to them.") }),
});
