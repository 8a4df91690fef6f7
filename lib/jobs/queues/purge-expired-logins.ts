import { z } from "zod";
import { purgeExpiredLoginSessions } from "../../auth/login-sessions";
import { log } from "../../log";
import { defineQueue } from "../queue";

export const purgeExpiredLoginsQueue = defineQueue({
  name: "auth.purge-expired-logins",
  schema: z.object({}).loose(),
  schedule: "17 * * * *",
  async handle() {
    const removed = await purgeExpiredLoginSessions();
    if (removed > 0) log.info("purged expired logins", { removed });
  },
});
