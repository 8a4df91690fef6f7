import { recoverInterruptedCompletions } from "../../compare/recover";
import { log } from "../../log";
import { jobs } from "../../jobs/queues";
import { handle } from "../handler";

/** Answers left streaming by a web process that died (its heartbeat stopped) are marked
 * interrupted, with the text they had: at every worker start and each minute. */
export const recoverCompletionsQueue = handle(jobs.recoverCompletions, {
  async handle() {
    const recovered = await recoverInterruptedCompletions();
    if (recovered > 0) log.info("marked answers of dead instances interrupted", { recovered });
  },
});
