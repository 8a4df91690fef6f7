// A one-producer, many-listener event stream that outlives its listeners: a compare turn keeps
// running (and saving) when the browser that started it goes away.
export class EventChannel<T> {
  private readonly history: T[] = [];
  private readonly waiters = new Set<() => void>();
  private closed = false;

  push(event: T) {
    if (this.closed) return;
    this.history.push(event);
    this.wake();
  }

  close() {
    this.closed = true;
    this.wake();
  }

  get isClosed() {
    return this.closed;
  }

  /** Every event from the first, then live ones until close. Stopping the iteration only
   * detaches this listener. */
  async *listen(signal?: AbortSignal): AsyncGenerator<T> {
    let index = 0;
    while (!signal?.aborted) {
      while (index < this.history.length) yield this.history[index++]!;
      if (this.closed) return;
      await new Promise<void>((resolve) => {
        const done = () => {
          this.waiters.delete(done);
          signal?.removeEventListener("abort", done);
          resolve();
        };
        this.waiters.add(done);
        signal?.addEventListener("abort", done, { once: true });
      });
    }
  }

  private wake() {
    for (const waiter of [...this.waiters]) waiter();
  }
}
