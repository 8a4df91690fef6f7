// Creating a pg-boss queue, safely while other processes create theirs. pg-boss 10's create_queue
// inserts the queue's row and then adds foreign keys from the queue's new partition to
// pgboss.queue; two processes doing that at once each hold a row lock on pgboss.queue and wait for
// the other's table lock, and Postgres aborts one with a deadlock (40P01). A first start of a web
// process and a worker together, or a CLI run beside a starting worker, does exactly that. The
// aborted transaction changed nothing and create_queue is idempotent, so it is tried again.
import "server-only";
import type PgBoss from "pg-boss";
import { sqlStateOf } from "../db/sqlstate";

const DEADLOCK = "40P01";
const ATTEMPTS = 8;

export async function createQueue(boss: PgBoss, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await boss.createQueue(name);
      return;
    } catch (error) {
      if (sqlStateOf(error) !== DEADLOCK || attempt === ATTEMPTS) throw error;
      // A little jitter, so the two that collided do not collide again in step.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 50 * attempt));
    }
  }
}
