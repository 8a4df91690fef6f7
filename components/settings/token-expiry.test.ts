import { describe, expect, it } from "vitest";
import { tokenExpiry } from "./token-expiry";

describe("tokenExpiry", () => {
  const at = "2027-03-01T12:00:00.000Z";
  it("reads 'expires' until the moment passes, then 'expired'", () => {
    expect(tokenExpiry(at, Date.parse(at) - 1)).toEqual({ label: `expires ${new Date(at).toLocaleDateString()}`, expired: false });
    expect(tokenExpiry(at, Date.parse(at))).toEqual({ label: `expired ${new Date(at).toLocaleDateString()}`, expired: true });
  });
});
