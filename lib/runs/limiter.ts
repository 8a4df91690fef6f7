// Per-provider limits inside a run: at most N calls at once and at most M calls started in any
// 60 s window. Waiting callers are served in order.
import type { ProviderLimits } from "../providers/limits";

export type { ProviderLimits };

const WINDOW_MS = 60_000;

export class ProviderLimiter {
  private active = 0;
  private readonly started: number[] = [];
  private readonly waiting: Array<() => void> = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly limits: ProviderLimits,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Resolves when a call may start; call the returned function when it ends. */
  acquire(signal?: AbortSignal): Promise<() => void> {
    return new Promise((resolve, reject) => {
      const grant = () => {
        this.active += 1;
        this.started.push(this.now());
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          this.active -= 1;
          this.pump();
        });
      };
      const onAbort = () => {
        const index = this.waiting.indexOf(entry);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(signal!.reason);
      };
      const entry = () => {
        signal?.removeEventListener("abort", onAbort);
        grant();
      };
      if (signal?.aborted) return reject(signal.reason);
      signal?.addEventListener("abort", onAbort, { once: true });
      this.waiting.push(entry);
      this.pump();
    });
  }

  private pump() {
    while (this.waiting.length > 0) {
      const wait = this.waitMs();
      if (wait === "release") return; // a release calls pump again
      if (wait > 0) {
        this.timer ??= setTimeout(() => {
          this.timer = null;
          this.pump();
        }, wait);
        return;
      }
      this.waiting.shift()!();
    }
  }

  /** 0 when a call may start now, "release" while the concurrency cap is full, else the ms until
   * the oldest start leaves the rate window. */
  private waitMs(): number | "release" {
    if (this.limits.maxConcurrency !== undefined && this.active >= this.limits.maxConcurrency) return "release";
    const perMinute = this.limits.requestsPerMinute;
    if (perMinute === undefined) return 0;
    const now = this.now();
    while (this.started.length > 0 && now - this.started[0]! >= WINDOW_MS) this.started.shift();
    return this.started.length < perMinute ? 0 : Math.max(1, Math.ceil(WINDOW_MS - (now - this.started[0]!)));
  }
}
