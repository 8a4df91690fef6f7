// `juxta start`: database + migrations + seed + web server + worker, stopped together.
import "server-only";
import type { ChildProcess } from "node:child_process";
import { createFirstAdmin, hasAnyUser } from "../auth/users";
import { env, secretKeyBase64 } from "../config/env";
import { disconnectDb } from "../db/client";
import { startWorker, type RunningWorker } from "../worker/worker";
import { seedProviders } from "../providers/seed";
import { buildIfStale, clearOrphanedWebServer, spawnWebServer, waitUntilHealthy } from "./next-server";
import { advertiseEmbeddedUrl, prepareRuntime, withdrawEmbeddedUrl } from "./runtime";
import { surviveDatabaseOutages } from "./survive-database-outages";

interface StartOptions {
  port: number;
  host: string;
}

const say = (line: string) => console.log(`juxta: ${line}`);

export async function startJuxta(options: StartOptions): Promise<void> {
  const startedAt = Date.now();
  surviveDatabaseOutages();
  const runtime = await prepareRuntime({ migrate: true, shareRunning: false, supervise: true, log: say });
  let web: ChildProcess | null = null;
  let worker: RunningWorker | null = null;
  let stopping: Promise<void> | null = null;

  const stop = (code: number) => {
    stopping ??= (async () => {
      say("stopping …");
      await stopChild(web);
      await worker?.stop().catch(() => {});
      await disconnectDb().catch(() => {});
      if (runtime.embedded) withdrawEmbeddedUrl(runtime.dataDir);
      await runtime.stop();
      say("stopped");
      process.exit(code);
    })();
    return stopping;
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    if (runtime.embedded) advertiseEmbeddedUrl(runtime.dataDir, runtime.databaseUrl);
    const config = env();
    await seedProviders(config);
    await clearOrphanedWebServer(runtime.dataDir, say);
    if (config.JUXTA_ADMIN_EMAIL && config.JUXTA_ADMIN_PASSWORD && !(await hasAnyUser())) {
      await createFirstAdmin({ email: config.JUXTA_ADMIN_EMAIL, password: config.JUXTA_ADMIN_PASSWORD, name: config.JUXTA_ADMIN_NAME });
      say(`created the admin ${config.JUXTA_ADMIN_EMAIL} from JUXTA_ADMIN_EMAIL`);
    }
    buildIfStale(say);
    worker = await startWorker(runtime.databaseUrl);
    web = spawnWebServer(options.port, options.host, runtime.dataDir, {
      DATABASE_URL: runtime.databaseUrl,
      JUXTA_SECRET_KEY: secretKeyBase64() ?? "",
    });
    web.once("exit", (code) => {
      if (!stopping) {
        say(`the web server exited (code ${code}); stopping`);
        void stop(1);
      }
    });
    const url = `http://localhost:${options.port}`;
    await waitUntilHealthy(url, web);
    const setup = (await hasAnyUser()) ? "" : ` — open ${url}/setup to create the admin`;
    say(`ready at ${url} in ${((Date.now() - startedAt) / 1000).toFixed(1)}s${setup}`);
  } catch (error) {
    console.error(`juxta: ${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
  }
}

async function stopChild(child: ChildProcess | null) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}
