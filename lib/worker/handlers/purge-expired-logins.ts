import { purgeExpiredLoginSessions } from "../../auth/login-sessions";
import { log } from "../../log";
import { jobs } from "../../jobs/queues";
import { handle } from "../handler";

export const purgeExpiredLoginsQueue = handle(jobs.purgeExpiredLogins, {
  async handle() {
    const removed = await purgeExpiredLoginSessions();
    if (removed > 0) log.info("purged expired logins", { removed });
  },
});
