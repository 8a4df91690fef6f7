// Provider API keys are encrypted at rest with AES-256-GCM. The key comes from JUXTA_SECRET_KEY
// (32 bytes, base64); `juxta start` generates one into the data dir for local use. Ciphertext
// format: "v1.<iv>.<tag>.<ciphertext>", each part base64url.
import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { secretKeyBase64 } from "../config/env";

const VERSION = "v1";

function secretKey(): Buffer {
  const encoded = secretKeyBase64();
  if (!encoded) throw new Error("JUXTA_SECRET_KEY is not set: start Juxta with `juxta start`.");
  const key = Buffer.from(encoded, "base64");
  if (key.length !== 32) throw new Error("JUXTA_SECRET_KEY must be 32 bytes, base64-encoded.");
  return key;
}

export function generateSecretKey(): string {
  return randomBytes(32).toString("base64");
}

export function encryptSecret(plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", secretKey(), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

export function decryptSecret(sealed: string): string {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new Error("Unrecognised secret format");
  const decipher = createDecipheriv("aes-256-gcm", secretKey(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}

/** What a person may see of a key: enough to recognise it, never enough to use it. */
export function maskSecret(secret: string): string {
  const tail = secret.length > 12 ? secret.slice(-4) : "";
  const head = secret.length > 12 ? secret.slice(0, 3) : "";
  return `${head}…${tail}`;
}
