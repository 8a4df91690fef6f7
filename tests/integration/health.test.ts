import { describe, expect, it } from "vitest";
import { GET as health } from "../../app/api/v1/health/route";
import { disconnectDb } from "../../lib/db/client";
import { version } from "../../lib/version";

describe("GET /api/v1/health", () => {
  it("answers 200 without auth while the database is up", async () => {
    const response = await health(new Request("http://localhost/api/v1/health"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "up", version });
  });

  it("answers 503 with db down when the database cannot be reached", async () => {
    const reachable = process.env.DATABASE_URL!;
    await disconnectDb();
    const unreachable = new URL(reachable);
    unreachable.port = "1"; // nothing listens on port 1
    process.env.DATABASE_URL = unreachable.toString();
    try {
      const response = await health(new Request("http://localhost/api/v1/health"));
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ db: "down" });
    } finally {
      await disconnectDb();
      process.env.DATABASE_URL = reachable;
    }
  });
});
