// A run's budget while it executes. Each call RESERVES its worst case (input tokens + max output
// tokens, priced) before it starts and SETTLES when it ends: the reservation is released and the
// actual cost added. A call whose reservation does not fit is not started, so what is spent plus
// what may still be spent never exceeds the budget — unless a call costs more than its worst
// case (a provider counting more tokens than our tokenizer), and then only by what the calls in
// flight overran. Pure: the executor owns the I/O.
//
// Money is held as integer hundred-millionths of a dollar (costs have 8 decimal places), so sums
// are exact where floats would drift around the limit.

const UNITS_PER_USD = 100_000_000;
const toUnits = (usd: number | string): number => Math.round(Number(usd) * UNITS_PER_USD);
const toUsd = (units: number): number => units / UNITS_PER_USD;

/** What one call holds until it settles. */
export interface Reservation {
  readonly amountUsd: number;
}

export class Budget {
  private readonly limit: number | null;
  private settled: number;
  private held = 0;
  private readonly open = new Map<Reservation, number>();

  /** `limitUsd` null: no budget, every reservation fits. `spentUsd`: what the run spent before
   * this executor took it (calls saved by an earlier one). */
  constructor(limitUsd: number | string | null, spentUsd: number | string = 0) {
    this.limit = limitUsd === null ? null : toUnits(limitUsd);
    this.settled = toUnits(spentUsd);
  }

  get limited(): boolean {
    return this.limit !== null;
  }

  /** Holds `worstCaseUsd` for a call about to start; null when it does not fit under the budget
   * (the call must not start). */
  reserve(worstCaseUsd: number | string): Reservation | null {
    const amount = Math.max(0, toUnits(worstCaseUsd));
    if (this.limit !== null && this.settled + this.held + amount > this.limit) return null;
    const reservation: Reservation = { amountUsd: toUsd(amount) };
    this.open.set(reservation, amount);
    this.held += amount;
    return reservation;
  }

  /** The call ended: release its reservation and count what it actually cost. */
  settle(reservation: Reservation, actualUsd: number | string): void {
    const amount = this.open.get(reservation);
    if (amount === undefined) throw new Error("This reservation was already settled, or is not from this budget.");
    this.open.delete(reservation);
    this.held -= amount;
    this.settled += Math.max(0, toUnits(actualUsd));
  }

  /** Actual cost of the calls that ended. */
  spent(): number {
    return toUsd(this.settled);
  }

  /** Held by calls in flight. */
  reserved(): number {
    return toUsd(this.held);
  }

  /** What a new reservation may take; Infinity without a budget, never below 0. */
  remaining(): number {
    return this.limit === null ? Number.POSITIVE_INFINITY : toUsd(Math.max(0, this.limit - this.settled - this.held));
  }
}
