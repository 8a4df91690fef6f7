// Putting a judging's id on the queue the worker serves, through the web process's one sender.
import { runSender } from "../runs/enqueue";

export const EXECUTE_JUDGING_QUEUE = "judgings.execute";

export async function enqueueJudging(judgingId: string): Promise<void> {
  const boss = await runSender();
  // The worker creates its queues at start; a judging may be started before any worker ran.
  await boss.createQueue(EXECUTE_JUDGING_QUEUE);
  await boss.send(EXECUTE_JUDGING_QUEUE, { judgingId }, { expireInHours: 23, retryLimit: 3, retryDelay: 5 });
}
