import { describe, expect, it, vi } from "vitest";
import { ProviderLimiter } from "./limiter";

describe("ProviderLimiter", () => {
  it("lets at most maxConcurrency calls run, in order", async () => {
    const limiter = new ProviderLimiter({ maxConcurrency: 2 });
    const order: number[] = [];
    const releases = await Promise.all([limiter.acquire(), limiter.acquire()]);
    const third = limiter.acquire().then((release) => (order.push(3), release));
    const fourth = limiter.acquire().then((release) => (order.push(4), release));
    await Promise.resolve();
    expect(order).toEqual([]);
    releases[0]!();
    releases[0]!(); // a second release of the same call changes nothing
    await third;
    expect(order).toEqual([3]);
    releases[1]!();
    await fourth;
    expect(order).toEqual([3, 4]);
  });

  it("starts at most requestsPerMinute calls in any 60 s window", async () => {
    vi.useFakeTimers();
    try {
      let now = 0;
      const limiter = new ProviderLimiter({ requestsPerMinute: 2 }, () => now);
      (await limiter.acquire())();
      (await limiter.acquire())();
      let started = false;
      const third = limiter.acquire().then(() => (started = true));
      now = 59_000;
      await vi.advanceTimersByTimeAsync(59_000);
      expect(started).toBe(false);
      now = 60_000;
      await vi.advanceTimersByTimeAsync(1_000);
      await third;
      expect(started).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it("drops a waiting caller whose signal aborts", async () => {
    const limiter = new ProviderLimiter({ maxConcurrency: 1 });
    const release = await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error("cancelled"));
    await expect(waiting).rejects.toThrow("cancelled");
    release();
    const next = await limiter.acquire();
    next();
  });
});
