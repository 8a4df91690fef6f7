// `juxta web`: the web server alone — Next.js in production mode, served from our own HTTP server
// so that (1) requests Node refuses before Next sees them (431: headers too large; 400: a
// malformed request) still get a problem document, (2) this process registers itself as an
// instance with a heartbeat (its streaming answers are recovered only when it is dead), and
// (3) started by `juxta start`, it never outlives its parent: the IPC channel closes when the
// parent dies, however it dies (SIGKILL included), and the web server exits with it.
import "server-only";
import { createServer, type Server } from "node:http";
import type { Duplex } from "node:stream";
import { recoverInterruptedCompletions } from "../compare/recover";
import { settleEnv } from "../config/env";
import { closeStopListener } from "../compare/stop-signal";
import { warmComparePath } from "../compare/warm-up";
import { disconnectDb } from "../db/client";
import { projectRoot } from "../db/migrate";
import { deregisterInstance, registerInstance } from "../instances/registry";
import { buildIfStale } from "./next-server";
import { prepareRuntime } from "./runtime";
import { surviveDatabaseOutages } from "./survive-database-outages";

interface WebOptions {
  port: number;
  host: string;
}

const say = (line: string) => console.log(`juxta web: ${line}`);

export async function serveWeb(options: WebOptions): Promise<void> {
  surviveDatabaseOutages();
  const startedByParent = typeof process.send === "function";
  if (startedByParent) process.once("disconnect", () => void stop(0));
  const runtime = await prepareRuntime({ migrate: true, shareRunning: true, log: say });
  buildIfStale(say);
  await registerInstance("web");
  // Every web start (the child of juxta start included) recovers what dead instances left.
  const interrupted = await recoverInterruptedCompletions();
  if (interrupted > 0) say(`marked ${interrupted} answers interrupted: their server stopped while they streamed`);
  // The stop listener, and what a first compare turn would otherwise wait for (compare/warm-up.ts).
  await warmComparePath();

  // Loaded here, not at the top: every other CLI command imports this module too.
  settleEnv({ NODE_ENV: "production" }, true);
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: projectRoot, hostname: options.host, port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((request, response) => void handle(request, response));
  server.on("clientError", answerClientError);
  await listen(server, options.port, options.host);
  say(`listening on ${options.host}:${options.port}`);

  let stopping: Promise<void> | null = null;
  async function stop(code: number) {
    stopping ??= (async () => {
      // Open event streams would hold close() forever; the answers they follow keep running
      // detached until this process exits, and a dead instance's answers are recovered.
      const closed = new Promise((resolve) => server.close(resolve));
      setTimeout(() => server.closeAllConnections(), 2_000).unref();
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      await closeStopListener();
      await deregisterInstance();
      await disconnectDb().catch(() => {});
      await runtime.stop();
      process.exit(code);
    })();
    return stopping;
  }
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

/** What Node's HTTP parser refuses never reaches Next: answer it as a problem document too. */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex) {
  if (!socket.writable || error.code === "ECONNRESET") {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const status = tooLarge ? 431 : 400;
  const title = tooLarge ? "Request header fields too large" : "Bad request";
  const detail = tooLarge ? "The request's headers are larger than the server accepts (16 kB); send fewer or smaller cookies or headers." : "The request could not be parsed as HTTP.";
  const body = JSON.stringify({ type: `urn:juxta:problem:${tooLarge ? "headers_too_large" : "bad_request"}`, title, status, detail });
  socket.end(`HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
