// pg-boss records a job's outcome without awaiting it (manager.js: complete()/fail()), and other
// libraries' background loops may do the same: while PostgreSQL is down such a promise rejects
// with nobody listening, which would end the whole process. Those rejections are survivable —
// everything reconnects when the database is back — so they are logged; any other unhandled
// rejection still ends the process, as Node does by default.
import "server-only";
import { isDatabaseUnavailable } from "../db/unavailable";
import { log } from "../log";

export function surviveDatabaseOutages() {
  process.on("unhandledRejection", (reason) => {
    if (isDatabaseUnavailable(reason)) {
      log.warn("a background database call failed while the database was away", { error: reason instanceof Error ? reason.message : String(reason) });
      return;
    }
    throw reason;
  });
}
