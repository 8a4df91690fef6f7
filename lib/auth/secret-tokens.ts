// Random bearer secrets (login cookies and API tokens). Only a SHA-256 of a secret is stored:
// the secrets are long and random, so a slow hash would add nothing but latency.
import { createHash, randomBytes } from "node:crypto";

export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString("base64url")}`;
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
