// Every queue the worker serves (each defined in lib/jobs/queues.ts). Add new handlers here.
import { executeJudgingQueue, resumeJudgingsQueue } from "./execute-judging";
import { executeRunQueue } from "./execute-run";
import { purgeExpiredLoginsQueue } from "./purge-expired-logins";
import { recoverCompletionsQueue } from "./recover-completions";
import { resumeRunsQueue } from "./resume-runs";
import { watchDeliverAlertQueue } from "./watch-deliver-alert";
import { watchEvaluateRunQueue } from "./watch-evaluate-run";
import { watchScheduleQueue } from "./watch-schedule";

export const handlers = [purgeExpiredLoginsQueue, executeRunQueue, resumeRunsQueue, recoverCompletionsQueue, executeJudgingQueue, resumeJudgingsQueue, watchScheduleQueue, watchEvaluateRunQueue, watchDeliverAlertQueue];
