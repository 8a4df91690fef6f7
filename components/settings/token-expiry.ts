/** How a token's expiry reads on the tokens pages: a date, and "expired" once it has passed. */
export function tokenExpiry(expiresAt: string, now = Date.now()): { label: string; expired: boolean } {
  const at = new Date(expiresAt);
  const expired = at.getTime() <= now;
  return { label: `${expired ? "expired" : "expires"} ${at.toLocaleDateString()}`, expired };
}
