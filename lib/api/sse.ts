// Server-Sent Events from a channel of events (lib/compare/event-channel.ts is one). A client that
// disconnects only stops listening: the work behind the channel goes on (and saves its results).

/** What a stream needs of a channel: its events, until the listener gives up. */
export interface EventSource<E> {
  listen(signal: AbortSignal): AsyncIterable<E>;
}

const HEARTBEAT_MS = 15_000;

export function sseResponse<E extends { type: string }>(channel: EventSource<E>, headers: HeadersInit = {}): Response {
  const encoder = new TextEncoder();
  const listening = new AbortController();
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      // Comments keep proxies from closing an idle stream while a slow model thinks.
      heartbeat = setInterval(() => controller.enqueue(encoder.encode(": keep-alive\n\n")), HEARTBEAT_MS);
      try {
        for await (const event of channel.listen(listening.signal)) {
          controller.enqueue(encoder.encode(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`));
        }
        controller.close();
      } catch {
        // The client went away mid-write; nothing to do.
      } finally {
        clearInterval(heartbeat);
      }
    },
    cancel() {
      clearInterval(heartbeat);
      listening.abort();
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
      ...headers,
    },
  });
}
