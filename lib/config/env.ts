// Every environment variable Juxta reads, parsed once with zod. README's configuration table
// lists the same variables: keep the two in step. Nothing else reads or writes process.env (a
// unit test, lib/boundaries.test.ts, walks the sources for it). Not marked server-only, since the
// request proxy (proxy.ts) reads it and Next has refused server-only there; the same test keeps
// every component away from it instead.
import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

// "api.openai.com, *.internal.example:8443, 127.0.0.1:11434, [::1]": hosts, optionally with a port,
// "*." for any subdomain. Matching lives in lib/net/outbound-guard.ts.
const hostPattern = /^(\*\.)?([a-z0-9-]+(\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(:\d{1,5})?$/;
const hostList = optionalText.pipe(
  z
    .string()
    .transform((value) => value.split(",").map((entry) => entry.trim().toLowerCase()).filter((entry) => entry !== ""))
    .refine((entries) => entries.every((entry) => hostPattern.test(entry)), {
      error: "JUXTA_PROVIDER_HOSTS must be comma-separated host names, e.g. api.openai.com,*.example.com,127.0.0.1:11434",
    })
    .optional(),
);

const envSchema = z.object({
  DATABASE_URL: optionalText.pipe(z.url({ error: "DATABASE_URL must be a postgresql:// URL" }).optional()),
  JUXTA_DATA_DIR: z.string().default(".data"),
  JUXTA_SECRET_KEY: optionalText,
  JUXTA_ADMIN_EMAIL: optionalText.pipe(z.email({ error: "JUXTA_ADMIN_EMAIL must be an email address" }).optional()),
  JUXTA_ADMIN_PASSWORD: optionalText,
  JUXTA_ADMIN_NAME: z.string().default("Admin"),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText.pipe(z.url({ error: "OPENAI_BASE_URL must be a URL" }).optional()),
  ANTHROPIC_API_KEY: optionalText,
  /** When set, the only hosts provider requests may reach (link-local/metadata stay blocked regardless). */
  JUXTA_PROVIDER_HOSTS: hostList,
  JUXTA_LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  PORT: z.coerce.number({ error: "PORT must be a port number" }).int().min(1).max(65_535).default(3000),
  /** The CLI's server and token (replay, load, runs show…). */
  JUXTA_URL: z.string().default("http://localhost:3000"),
  JUXTA_TOKEN: optionalText,
  /** Set by CI systems: the CLI prints plain progress lines instead of redrawing a bar. */
  CI: optionalText,
  /** How long a run executor's lease lasts; tests shorten it to take a dead executor's run over sooner. */
  JUXTA_RUN_LEASE_MS: z.coerce.number().int().positive().optional(),
  // Only behind a reverse proxy that sets X-Forwarded-For/-Proto/-Host itself: otherwise any client
  // could claim another address (dodging the sign-in throttle) or a scheme.
  JUXTA_TRUST_PROXY: optionalText
    .pipe(z.enum(["0", "1", "true", "false"], { error: "JUXTA_TRUST_PROXY must be 1 or 0" }).optional())
    .transform((value) => value === "1" || value === "true"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Parses process.env (once). A bad value stops the process with a message naming the variable. */
export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
      throw new Error(`Invalid environment:\n${problems.join("\n")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** For the CLI, which sets DATABASE_URL and the secret key after resolving them. */
export function resetEnvCache() {
  cached = undefined;
}

type Settled = "DATABASE_URL" | "JUXTA_SECRET_KEY" | "NODE_ENV";
const present = (value: string | undefined) => (value === undefined || value.trim() === "" ? undefined : value);

/** The database and the secret key are settled after the process starts (the CLI resolves an
 * embedded database and a key file; each integration test file gets its own database), so they
 * are read fresh each time rather than from the parsed cache. */
export const databaseUrl = () => present(process.env.DATABASE_URL);
export const secretKeyBase64 = () => present(process.env.JUXTA_SECRET_KEY);

/** Settles those values for this process and the child processes it starts; `onlyIfUnset` keeps
 * one already given. */
export function settleEnv(values: Partial<Record<Settled, string>>, onlyIfUnset = false): void {
  for (const [name, value] of Object.entries(values)) if (!(onlyIfUnset && present(process.env[name]))) process.env[name] = value;
  resetEnvCache();
}

/** This process's environment with some values added: what a child process is started with. */
export function childProcessEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
