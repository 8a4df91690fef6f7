// Structured one-line JSON logs through pino: {time, level, message, ...fields}, debug and info
// on stdout, warn and error on stderr. Secrets are redacted before a line is written, as a second
// line of defence behind "never pass secrets to the logger": by key (pino's redaction paths, to
// three levels deep) and by look (provider keys, Juxta tokens and URL passwords inside strings,
// which no path can name).
import "server-only";
import pino, { type DestinationStream } from "pino";
import { env } from "./config/env";

type Level = "debug" | "info" | "warn" | "error";
type Fields = Record<string, unknown>;

const SECRET_KEYS = ["apiKey", "api_key", "password", "newPassword", "secret", "secretKey", "token", "accessToken", "refreshToken", "authorization", "cookie", "set-cookie", "JUXTA_SECRET_KEY", "OPENAI_API_KEY", "ANTHROPIC_API_KEY"];
/** Each key at the top level and one or two objects down ("headers.authorization", "a.b.token"). */
export const REDACT_PATHS = SECRET_KEYS.flatMap((key) => {
  const quoted = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
  const step = quoted.startsWith("[") ? quoted : `.${quoted}`;
  return [quoted, `*${step}`, `*.*${step}`];
});

const SECRET_VALUES = /\b(sk-[A-Za-z0-9_-]{8,}|sk-ant-[A-Za-z0-9_-]{8,}|jx[st]_[A-Za-z0-9_-]{16,})/g;
const URL_PASSWORDS = /(\b[a-z][a-z0-9+.-]*:\/\/[^:\s/@]+:)[^@\s]+@/gi;

function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return value.replace(SECRET_VALUES, "[redacted]").replace(URL_PASSWORDS, "$1[redacted]@");
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  if (value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrub(item, depth + 1)]));
}

export interface LogStreams {
  stdout: DestinationStream;
  stderr: DestinationStream;
  level?: Level;
}

/** A log writing to the given streams; `log` below is the process's one, on stdout/stderr. */
export function createLog({ stdout, stderr, level = "info" }: LogStreams) {
  const logger = pino(
    {
      level,
      base: null,
      messageKey: "message",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }), log: (fields) => scrub(fields) as Fields },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    },
    // dedupe: a line goes to the stream of the highest level it reaches, not to both.
    pino.multistream([{ level: "debug", stream: stdout }, { level: "warn", stream: stderr }], { dedupe: true }),
  );
  const write = (to: Level) => (message: string, fields: Fields = {}) => logger[to](fields, scrub(message) as string);
  return { debug: write("debug"), info: write("info"), warn: write("warn"), error: write("error") };
}

type Log = ReturnType<typeof createLog>;
let processLog: Log | undefined;

// Made on first use: the CLI settles the environment (JUXTA_LOG_LEVEL among it) before logging.
const current = () => (processLog ??= createLog({ stdout: process.stdout, stderr: process.stderr, level: env().JUXTA_LOG_LEVEL }));

export const log: Log = {
  debug: (message, fields) => current().debug(message, fields),
  info: (message, fields) => current().info(message, fields),
  warn: (message, fields) => current().warn(message, fields),
  error: (message, fields) => current().error(message, fields),
};
