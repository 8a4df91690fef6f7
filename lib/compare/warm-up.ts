// What the first compare turn of a process would otherwise pay before its first token, paid when
// the server starts instead: the stop listener's connection, the token lookup's and the turn
// read's first statements (Prisma's raw-query path) and the SDK clients' first construction.
// Measured in bench scenario 3 (BENCHMARKS.md, "Compare path profiled").
import "server-only";
import { userFromApiToken } from "../auth/api-tokens";
import { adapterFor } from "../providers/registry";
import { ensureStopListener } from "./stop-signal";
import { readTurnContext } from "./turn-store";

const NO_SESSION = "00000000-0000-7000-8000-000000000000";

export async function warmComparePath(): Promise<void> {
  ensureStopListener();
  // A token that matches nothing: one read, nothing written.
  await userFromApiToken("jxt_warm-up");
  await readTurnContext(NO_SESSION);
  // No request is made: building a client is all the warming an SDK needs.
  for (const kind of ["openai", "anthropic"] as const) adapterFor({ kind, baseUrl: null, apiKey: null, settings: {} });
}
