// `juxta worker`: the job worker alone, to scale out beside a `juxta start` or a web deployment.
import "server-only";
import { disconnectDb } from "../db/client";
import { startWorker } from "../worker/worker";
import { prepareRuntime } from "./runtime";
import { surviveDatabaseOutages } from "./survive-database-outages";

export async function runWorker(): Promise<void> {
  surviveDatabaseOutages();
  const runtime = await prepareRuntime({ migrate: true, shareRunning: true, log: (line) => console.log(`juxta worker: ${line}`) });
  const worker = await startWorker(runtime.databaseUrl);
  console.log("juxta worker: serving jobs; Ctrl+C stops");
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop().catch(() => {});
    await disconnectDb();
    await runtime.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}
