// Runs `prisma generate` on a machine that cannot download Prisma's native schema engine:
// generation does not need it, but the CLI insists on finding a binary, so we point it at a
// harmless stand-in. Runs on `npm install` (postinstall) and via `npm run db:generate`.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const prismaCli = join(root, "node_modules", "prisma", "build", "index.js");
if (!existsSync(prismaCli)) {
  // `npm install --omit=dev`: the client must have been generated beforehand.
  console.log("prisma CLI not installed; skipping client generation");
  process.exit(0);
}
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const stub = join(root, "node_modules", ".cache", "juxta", "schema-engine-stub");
  mkdirSync(dirname(stub), { recursive: true });
  writeFileSync(stub, "#!/bin/sh\necho 'schema engine not available: Juxta applies migrations itself' >&2\nexit 1\n");
  chmodSync(stub, 0o755);
  env.PRISMA_SCHEMA_ENGINE_BINARY = stub;
}
const result = spawnSync(process.execPath, [prismaCli, "generate"], { cwd: root, env, stdio: "inherit" });
process.exit(result.status ?? 1);
