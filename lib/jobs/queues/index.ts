// Every queue the worker serves. Add new queues here.
import { purgeExpiredLoginsQueue } from "./purge-expired-logins";

export const queues = [purgeExpiredLoginsQueue];
