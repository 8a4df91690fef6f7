import { describe, expect, it, vi } from "vitest";
import { Wakeup } from "./wakeup";

describe("Wakeup", () => {
  it("keeps a notify that came before the wait, wakes a waiting caller, and times out without one", async () => {
    vi.useFakeTimers();
    try {
      const wakeup = new Wakeup();
      const settled = (promise: Promise<void>) => {
        let done = false;
        void promise.then(() => (done = true));
        return () => done;
      };
      wakeup.notify();
      const early = settled(wakeup.wait(10_000));
      await vi.advanceTimersByTimeAsync(0);
      expect(early()).toBe(true);

      const waiting = settled(wakeup.wait(10_000));
      await vi.advanceTimersByTimeAsync(5_000);
      expect(waiting()).toBe(false);
      wakeup.notify();
      await vi.advanceTimersByTimeAsync(0);
      expect(waiting()).toBe(true);

      const idle = settled(wakeup.wait(500));
      await vi.advanceTimersByTimeAsync(499);
      expect(idle()).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(idle()).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
