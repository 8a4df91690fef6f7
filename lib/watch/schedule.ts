// Which cron slot of a watch is due. Pure (the clock comes in), so a fake clock can test it; the
// worker's minute tick (lib/worker/handlers/watch-schedule.ts) asks it for every active watch.
// cron-parser is the library pg-boss's own cron uses.
import cronParser from "cron-parser";

export interface ScheduleState {
  cron: string;
  timeZone: string;
  /** The newest slot already inserted (trigger "schedule"), or null before the first. */
  lastScheduledFor: Date | null;
  /** A new watch does not fire for slots from before it existed. */
  createdAt: Date;
}

/** The latest slot at or before `now`, when it is newer than the last one inserted (and not from
 * before the watch existed); else null. Slots missed while no worker ran collapse into this one:
 * after downtime a watch catches up once, not once per missed slot. */
export function dueSlot(state: ScheduleState, now: Date): Date | null {
  // prev() is strictly before currentDate: one millisecond later lets a slot at `now` count.
  const interval = cronParser.parseExpression(state.cron, { currentDate: new Date(now.getTime() + 1), tz: state.timeZone });
  let latest: Date;
  try {
    latest = interval.prev().toDate();
  } catch {
    return null; // no slot in the past (cron-parser gives up after its search limit)
  }
  const floor = state.lastScheduledFor ?? state.createdAt;
  if (state.lastScheduledFor ? latest.getTime() <= floor.getTime() : latest.getTime() < floor.getTime()) return null;
  return latest;
}

/** The next slot after `now`, for display. */
export function nextSlot(cron: string, timeZone: string, now: Date): Date {
  return cronParser.parseExpression(cron, { currentDate: now, tz: timeZone }).next().toDate();
}

/** A readable reason when a cron expression or time zone is unusable; null when fine. */
export function scheduleProblem(cron: string, timeZone: string): string | null {
  if (!isTimeZone(timeZone)) return `"${timeZone}" is not a time zone (use an IANA name such as Europe/Paris).`;
  if (cron.trim().split(/\s+/).length !== 5) return "The schedule is a five-field cron expression (minute hour day month weekday).";
  try {
    cronParser.parseExpression(cron, { tz: timeZone }).next();
    return null;
  } catch (error) {
    return `The schedule is not a valid cron expression: ${(error as Error).message}`;
  }
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
