// PostgreSQL LISTEN for the whole process: one connection carries every channel anyone listens to
// (a stop of a compare answer, a run's progress), reconnected with backoff when the database goes
// away and listening again to every channel. Notifications sent while it was away are lost, so
// every user also looks again on a timer.
import "server-only";
import pg from "pg";
import { env } from "../config/env";
import { log } from "../log";

type Handler = (payload: string) => void;

interface Listener {
  handlers: Map<string, Set<Handler>>;
  client: pg.Client | null;
  /** The client is connected: a new channel is listened to at once, else when it connects. */
  ready: boolean;
  closed: boolean;
  /** The client's statements, one after another: pg only queues a query sent while another runs
   * (deprecated; pg 9 refuses it). */
  statements: Promise<unknown>;
}

/** Sends `LISTEN channel` on the client after whatever it is sending now. */
function listenOn(listener: Listener, client: pg.Client, channel: string): Promise<unknown> {
  listener.statements = listener.statements.catch(() => {}).then(() => client.query(`LISTEN ${channel}`));
  return listener.statements;
}

const holder = globalThis as unknown as { juxtaListener?: Listener };

function connect(listener: Listener, attempt = 0) {
  if (listener.closed) return;
  const client = new pg.Client({ connectionString: env().DATABASE_URL, connectionTimeoutMillis: 5_000, application_name: "juxta-listener" });
  const retry = () => {
    if (listener.client !== client || listener.closed) return;
    listener.client = null;
    client.end().catch(() => {});
    setTimeout(() => connect(listener, attempt + 1), Math.min(5_000, 200 * 2 ** attempt)).unref();
  };
  listener.client = client;
  listener.ready = false;
  listener.statements = Promise.resolve();
  client.on("error", retry);
  client.on("end", retry);
  client.on("notification", (message) => {
    for (const handler of listener.handlers.get(message.channel) ?? []) handler(message.payload ?? "");
  });
  client
    .connect()
    .then(async () => {
      listener.ready = true;
      for (const channel of listener.handlers.keys()) await listenOn(listener, client, channel);
      attempt = 0;
    })
    .catch((error: unknown) => {
      log.debug("listener could not connect", { error: error instanceof Error ? error.message : String(error) });
      retry();
    });
}

/** Calls `handler` with the payload of every NOTIFY on `channel` (a fixed identifier, never user
 * input) until the returned function is called. */
export function listen(channel: string, handler: Handler): () => void {
  if (!/^[a-z_]+$/.test(channel)) throw new Error(`Bad channel name ${channel}`);
  let listener = holder.juxtaListener;
  if (!listener) {
    listener = holder.juxtaListener = { handlers: new Map(), client: null, ready: false, closed: false, statements: Promise.resolve() };
    connect(listener);
  }
  const handlers = listener.handlers.get(channel) ?? new Set();
  if (!listener.handlers.has(channel)) {
    listener.handlers.set(channel, handlers);
    if (listener.ready && listener.client) listenOn(listener, listener.client, channel).catch(() => {});
  }
  handlers.add(handler);
  return () => handlers.delete(handler);
}

/** Closes this process's listening connection (shutdown, tests). */
export async function closeListener(): Promise<void> {
  const listener = holder.juxtaListener;
  holder.juxtaListener = undefined;
  if (!listener) return;
  listener.closed = true;
  await listener.client?.end().catch(() => {});
}
