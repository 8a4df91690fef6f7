// An API token's lifetime: apart from api-tokens.ts so the CLI can parse `--days` without loading
// the database client (bin/juxta.ts loads server-side modules only for the commands that use them).
import { z } from "zod";

export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 365;
export const tokenDaysSchema = z
  .number({ error: `Give the token's lifetime in whole days, 1 to ${MAX_TOKEN_DAYS}.` })
  .int(`Give the token's lifetime in whole days, 1 to ${MAX_TOKEN_DAYS}.`)
  .min(1, `Give the token's lifetime in whole days, 1 to ${MAX_TOKEN_DAYS}.`)
  .max(MAX_TOKEN_DAYS, `Tokens live at most ${MAX_TOKEN_DAYS} days; create a new one when it runs out.`);
