// apiRoute() on public routes (no database needed): every way a request can be wrong gets a
// problem document a person can act on.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./errors";
import { apiRoute, reply } from "./route";

const echo = apiRoute(
  { role: "public", body: z.object({ name: z.string().min(1, "Enter a name."), count: z.number().int() }).strict(), maxBodyBytes: 100 },
  async ({ body }) => ({ got: body }),
);

const post = (body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) =>
  echo(new Request("http://test/api/v1/echo", { method: "POST", body, headers }));

async function problem(response: Response) {
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return (await response.json()) as { type: string; title: string; status: number; detail: string; instance: string; errors?: unknown[] };
}

describe("apiRoute", () => {
  it("passes a valid body to the handler", async () => {
    const response = await post(JSON.stringify({ name: "a", count: 2 }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ got: { name: "a", count: 2 } });
  });

  it("answers malformed JSON with 400 and says so", async () => {
    const body = await problem(await post("{nope"));
    expect(body).toMatchObject({ status: 400, type: "urn:juxta:problem:bad_json", instance: "/api/v1/echo" });
    expect(body.detail).toContain("not valid JSON");
  });

  it("answers wrong types with 400 naming each field", async () => {
    const body = await problem(await post(JSON.stringify({ name: "", count: "2" })));
    expect(body.status).toBe(400);
    expect(body.errors).toEqual([
      { path: "name", message: "Enter a name." },
      { path: "count", message: expect.stringContaining("number") },
    ]);
    expect(body.detail).toContain("name: Enter a name.");
  });

  it("rejects unknown fields of a strict schema", async () => {
    const body = await problem(await post(JSON.stringify({ name: "a", count: 1, admin: true })));
    expect(body.status).toBe(400);
    expect(JSON.stringify(body.errors)).toContain("admin");
  });

  it("answers an oversized body with 413, declared or streamed", async () => {
    expect((await problem(await post(JSON.stringify({ name: "x".repeat(200), count: 1 })))).status).toBe(413);
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(`{"name":"${"y".repeat(300)}"`));
        controller.close();
      },
    });
    const streamed = await echo(
      new Request("http://test/api/v1/echo", { method: "POST", body: stream, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit),
    );
    expect((await problem(streamed)).status).toBe(413);
  });

  it("answers a non-JSON content type with 415 and an empty body with 400", async () => {
    expect((await problem(await post("name=a", { "content-type": "application/x-www-form-urlencoded" }))).status).toBe(415);
    expect((await problem(await post(""))).detail).toContain("empty");
  });

  it("asks for a login on protected routes", async () => {
    const protectedRoute = apiRoute({ role: "reviewer" }, async () => ({ secret: true }));
    const body = await problem(await protectedRoute(new Request("http://test/api/v1/thing")));
    expect(body).toMatchObject({ status: 401, title: "Not signed in" });
  });

  it("passes AppError details through and masks internal errors", async () => {
    const conflictRoute = apiRoute({ role: "public" }, async () => {
      throw new AppError("conflict", 409, "That name is taken.");
    });
    expect(await problem(await conflictRoute(new Request("http://test/x")))).toMatchObject({ status: 409, detail: "That name is taken." });

    const crashRoute = apiRoute({ role: "public" }, async () => {
      throw new Error("connection string postgres://user:hunter2@db leaked");
    });
    const crashed = await problem(await crashRoute(new Request("http://test/x")));
    expect(crashed.status).toBe(500);
    expect(crashed.detail).not.toContain("hunter2");
  });

  it("validates query strings and path params", async () => {
    const route = apiRoute(
      { role: "public", query: z.object({ limit: z.coerce.number().int().max(100) }), params: z.object({ id: z.uuid() }) },
      async ({ query, params }) => ({ limit: query.limit, id: params.id }),
    );
    const good = await route(new Request("http://test/x?limit=5"), { params: Promise.resolve({ id: "01a206e6-fdeb-7699-84c1-1ca722d058fc" }) });
    expect(await good.json()).toEqual({ limit: 5, id: "01a206e6-fdeb-7699-84c1-1ca722d058fc" });
    const badQuery = await route(new Request("http://test/x?limit=500"), { params: Promise.resolve({ id: "01a206e6-fdeb-7699-84c1-1ca722d058fc" }) });
    expect((await problem(badQuery)).detail).toContain("Invalid query");
    const badParams = await route(new Request("http://test/x?limit=5"), { params: Promise.resolve({ id: "42" }) });
    expect((await problem(badParams)).detail).toContain("Invalid params");
  });

  it("sends a reply's status and headers with the body encoded through the response schema", async () => {
    const route = apiRoute({ role: "public", response: z.object({ user: z.object({ name: z.string() }) }) }, async () =>
      reply({ user: { name: "Ada", passwordHash: "x" } }, { status: 503, headers: { "set-cookie": "s=1" } }),
    );
    const response = await route(new Request("http://test/x"));
    expect(response.status).toBe(503);
    expect(response.headers.get("set-cookie")).toBe("s=1");
    expect(await response.json()).toEqual({ user: { name: "Ada" } });
    const empty = apiRoute({ role: "public", response: null }, async () => reply(null, { headers: { "set-cookie": "s=" } }));
    const done = await empty(new Request("http://test/x"));
    expect([done.status, done.headers.get("set-cookie")]).toEqual([204, "s="]);
  });
});
