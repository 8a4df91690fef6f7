// A real HTTP server on 127.0.0.1 in front of our real route handlers, for tests of clients (the
// CLI) that need a URL but not the whole Next.js app. Each route is the module Next.js would serve.
import http from "node:http";
import type { AddressInfo } from "node:net";

type Handler = (request: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>;
export type RouteModule = Partial<Record<"GET" | "POST" | "PATCH" | "DELETE", Handler>>;

/** Routes as Next.js paths ("/api/v1/runs/[id]/summary") and their modules. */
export async function startRouteServer(routes: Record<string, RouteModule>): Promise<{ url: string; close(): Promise<void> }> {
  // Like Next, a static segment wins over a dynamic one (/watches/alerts before /watches/[id]).
  const dynamicSegments = (pattern: string) => pattern.split("[").length;
  const table = Object.entries(routes)
    .sort(([a], [b]) => dynamicSegments(a) - dynamicSegments(b))
    .map(([pattern, module]) => {
      const names: string[] = [];
      const source = pattern.replace(/\[(\w+)\]/g, (_, name: string) => (names.push(name), "([^/]+)"));
      return { regex: new RegExp(`^${source}$`), names, module };
    });
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url!, "http://127.0.0.1");
    const route = table.map((entry) => ({ entry, match: entry.regex.exec(url.pathname) })).find(({ match }) => match);
    const handler = route?.entry.module[req.method as keyof RouteModule];
    if (!route || !handler) return void res.writeHead(404, { "content-type": "application/problem+json" }).end(JSON.stringify({ status: 404, title: "Not Found", detail: `No route ${req.method} ${url.pathname}` }));
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers(Object.entries(req.headers).flatMap(([name, value]) => (typeof value === "string" ? [[name, value] as [string, string]] : [])));
    const request = new Request(url, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
    const params = Object.fromEntries(route.entry.names.map((name, index) => [name, decodeURIComponent(route.match![index + 1]!)]));
    const response = await handler(request, { params: Promise.resolve(params) });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    // Streamed as it comes (server-sent events); a body that fails cuts the connection, and a
    // client that goes away cancels the body, as Next.js does.
    const reader = response.body?.getReader();
    res.on("close", () => void reader?.cancel().catch(() => {}));
    try {
      for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) res.write(chunk.value);
      res.end();
    } catch {
      res.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
