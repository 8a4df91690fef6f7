// Next's proxy (formerly middleware) runs before every page and API request. It does two things:
// - the Content-Security-Policy, with a fresh nonce for each page (Next reads the nonce from the
//   request's Content-Security-Policy header and puts it on its scripts); the other security
//   headers come from next.config.ts;
// - without a trusted reverse proxy (JUXTA_TRUST_PROXY), it drops any X-Forwarded-* header the
//   client sent. Next then fills them in from the socket itself (it only does so when they are
//   absent), so X-Forwarded-For in route handlers is the real peer address, not a client's claim;
// - it tells pages their own path (x-juxta-path), so a page that needs a sign-in can send the
//   visitor back to it afterwards.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/config/env";
import { PATH_HEADER } from "@/lib/auth/landing";
import { API_CSP, newNonce, pageCsp } from "@/lib/security/headers";

const CLIENT_FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port"];

export function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  if (!env().JUXTA_TRUST_PROXY) CLIENT_FORWARDED_HEADERS.forEach((name) => requestHeaders.delete(name));

  const isApi = request.nextUrl.pathname.startsWith("/api/");
  const csp = isApi ? API_CSP : pageCsp(newNonce());
  requestHeaders.set("content-security-policy", csp);
  if (isApi) requestHeaders.delete(PATH_HEADER);
  else requestHeaders.set(PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  // Everything but Next's static files, which need neither.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
