// `juxta worker`: the job worker alone, to scale out beside a `juxta start` or a web deployment.
import "server-only";
import { disconnectDb } from "../db/client";
import { startWorker } from "../worker/worker";
import { prepareRuntime } from "./runtime";
import { surviveDatabaseOutages } from "./survive-database-outages";

export async function runWorker(): Promise<void> {
  dieWithLauncher();
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

/** Started by `juxta worker` with a heap cap (bin/heap-cap.js): when that process dies — even of
 * SIGKILL, which it cannot pass on — the IPC channel closes, and the worker dies the same way, as
 * if it were that process. Its items stay running under a dead executor and are taken over. */
function dieWithLauncher() {
  if (!process.channel) return;
  process.channel.unref();
  process.once("disconnect", () => process.kill(process.pid, "SIGKILL"));
}
