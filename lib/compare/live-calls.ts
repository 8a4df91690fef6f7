// The completions streaming in this process, so that "stop" can abort them. Kept on globalThis
// so that every route module of the Next server shares one registry.
const holder = globalThis as unknown as { juxtaLiveCalls?: Map<string, { controller: AbortController; turnId: string }> };
const live = (holder.juxtaLiveCalls ??= new Map());

export function registerCall(completionId: string, turnId: string): AbortSignal {
  const controller = new AbortController();
  live.set(completionId, { controller, turnId });
  return controller.signal;
}

export function unregisterCall(completionId: string) {
  live.delete(completionId);
}

/** Stops one completion, or every completion of a turn; returns how many were stopped. */
export function stopCalls(target: { completionId?: string; turnId?: string }): number {
  let stopped = 0;
  for (const [id, call] of live) {
    if (id === target.completionId || (target.turnId && call.turnId === target.turnId)) {
      call.controller.abort();
      stopped += 1;
    }
  }
  return stopped;
}
