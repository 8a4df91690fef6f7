import { defineConfig } from "prisma/config";

// Migrations are applied by lib/db/migrate.ts (no native engine needed); this file serves
// `prisma generate` and, where the native engine can be had, `prisma migrate deploy`.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
