// The security headers of every response. Pages get a nonce-based Content-Security-Policy (a
// fresh nonce per request, which Next puts on its own <script> tags); API responses get one that
// allows nothing at all, since JSON is never meant to render.
//
// Styles: Tailwind, highlight.js's theme and Next's CSS all arrive as stylesheet files ('self').
// Recharts and a few components set inline style *attributes* (bar widths, colours), which nonces
// cannot cover, so style-src-attr allows them. An attribute cannot run script, and a url() in
// one is still bound by img-src/font-src 'self', so this does not open a way to send data out.
// Style *elements* made by scripts need the nonce (next-themes and Radix's scroll lock get it,
// components/providers.tsx) or, when the library cannot take one, the hash of their exact text
// (sonner's stylesheet, which it inserts as the module loads).

export const CSP_REPORT_PATH = "/api/v1/csp-reports";

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
}

/** The sha256 of the stylesheet sonner 2.0.8 inserts (its `__insertCSS` call); a unit test
 * recomputes it from node_modules, so upgrading sonner without updating it fails. */
export const SONNER_STYLE_HASH = "sha256-StEaX+se6YS7pqjzrzMIA0KaX9zF/8zAhvQXZAe5epY=";
/** sonner appends its <style> empty and fills it after, and the browser checks it both times: the
 * hash of the empty text. An empty stylesheet styles nothing, so allowing it opens nothing. */
export const EMPTY_STYLE_HASH = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

export function pageCsp(nonce: string): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts our nonce'd scripts load (Next's chunks) are trusted; nothing else.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}' '${SONNER_STYLE_HASH}' '${EMPTY_STYLE_HASH}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // report-uri, not report-to: Chromium ignores report-uri once report-to is set, and then
    // batches reports for up to a minute; Firefox and Safari only know report-uri.
    `report-uri ${CSP_REPORT_PATH}`,
  ].join("; ");
}

/** The page's nonce, read back from the CSP that proxy.ts put on the request. */
export function nonceFromCsp(csp: string | null | undefined): string | undefined {
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp ?? "")?.[1];
}

export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Headers every response carries, pages and API alike. */
export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
};
