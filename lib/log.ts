// Structured one-line JSON logs. Anything that looks like a secret is redacted before it is
// written, as a second line of defence behind "never pass secrets to the logger".
type Level = "debug" | "info" | "warn" | "error";
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

const SECRET_KEYS = /(api[-_]?key|password|secret|token|authorization|cookie)/i;
const SECRET_VALUES = /\b(sk-[A-Za-z0-9_-]{8,}|sk-ant-[A-Za-z0-9_-]{8,}|jx[st]_[A-Za-z0-9_-]{16,})/g;
const URL_PASSWORDS = /(\b[a-z][a-z0-9+.-]*:\/\/[^:\s/@]+:)[^@\s]+@/gi;

function redact(value: unknown, key = ""): unknown {
  if (SECRET_KEYS.test(key)) return "[redacted]";
  if (typeof value === "string") return value.replace(SECRET_VALUES, "[redacted]").replace(URL_PASSWORDS, "$1[redacted]@");
  if (Array.isArray(value)) return value.map((item) => redact(item));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v, k)]));
  }
  return value;
}

function write(level: Level, message: string, fields: Record<string, unknown> = {}) {
  const threshold = (process.env.JUXTA_LOG_LEVEL as Level | undefined) ?? "info";
  if (order[level] < (order[threshold] ?? order.info)) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, message: redact(message), ...(redact(fields) as object) });
  (level === "error" || level === "warn" ? process.stderr : process.stdout).write(`${line}\n`);
}

export const log = {
  debug: (message: string, fields?: Record<string, unknown>) => write("debug", message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write("info", message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write("warn", message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write("error", message, fields),
};
