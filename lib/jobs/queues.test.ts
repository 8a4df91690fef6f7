import { describe, expect, it } from "vitest";
import { jobs } from "./queues";

describe("queue definitions", () => {
  it("have one name each", () => {
    const names = Object.values(jobs).map((job) => job.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("refuse a payload their schema refuses before anything is sent (no database is needed to find out)", async () => {
    // @ts-expect-error: the payload type is the schema's, so a wrong field does not compile either.
    await expect(jobs.executeRun.send({ run: "x" })).rejects.toThrow(/runId/);
    await expect(jobs.watchDeliverAlert.send({ alertId: "not-a-uuid", webhookId: "w" })).rejects.toThrow(/alertId/);
  });

  it("parse a stored payload again the way the worker does", () => {
    expect(jobs.executeJudging.schema.parse({ judgingId: "0195f5b2-7c1e-7000-8000-000000000001" })).toEqual({ judgingId: "0195f5b2-7c1e-7000-8000-000000000001" });
    expect(() => jobs.executeJudging.schema.parse({ judgingId: "0195f5b2-7c1e-7000-8000-000000000001", extra: 1 })).toThrow();
  });
});
