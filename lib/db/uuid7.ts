// UUIDv7 (RFC 9562) made in the app, for rows whose id must be known before they are written —
// a compare turn starts its provider calls first and writes the rows alongside. Time-ordered like
// the ids the database makes (Prisma's uuid(7) default).
import { randomBytes } from "node:crypto";

export function uuid7(now = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
