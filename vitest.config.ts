import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  // server-only: what Next's own test preset does (next/dist/build/jest): an empty module, since
  // tests run server code outside React's server conditions (docs/code-layout.md).
  resolve: { alias: { "@": root, "server-only": path.join(root, "node_modules/next/dist/compiled/server-only/empty.js") } },
  test: {
    pool: "forks",
    // Vitest's default is one worker per core minus one: on the 2-core CI machine that ran the
    // integration files one at a time, half of each file's time spent waiting on PostgreSQL,
    // child processes and sockets (and ~2 s per file forking and cloning its database).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts"],
          // The statistics' seeded coverage simulations are seconds of pure computation (the
          // 2,000-vote Bradley–Terry one 4.8 s at a load of 7): vitest's 5 s default failed them
          // on a busy machine, not on a wrong number.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: [path.join(root, "tests/setup/global-database.ts")],
          setupFiles: [path.join(root, "tests/setup/test-database.ts")],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          // One browser-driven story at a time: each starts its own `juxta start`, and two
          // Next builds or browsers at once would only fight over the two cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
