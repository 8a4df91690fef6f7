// A wake-up call that is not lost when it comes early: the executor waits for "an item finished"
// (or a poll interval), and an item that finishes while the executor is busy claiming must still
// wake the next wait at once — otherwise its slot idles until the poll.
export class Wakeup {
  private pending = false;
  private release: (() => void) | null = null;

  notify() {
    this.pending = true;
    this.release?.();
  }

  /** Resolves at the next notify (or at once if one came since the last wait), or after ms. */
  wait(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.release = null;
        this.pending = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.release = done;
    });
  }
}
