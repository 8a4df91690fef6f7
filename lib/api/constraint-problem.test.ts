// A write that lost a race answers 409 (404 for a record gone) naming the columns, never the
// constraint, the table or the SQL. The errors are Prisma's own class, with the meta that Prisma 7
// and @prisma/adapter-pg give (recorded from a real PostgreSQL in tests/integration/write-races.test.ts).
import { describe, expect, it } from "vitest";
import { Prisma } from "../db/generated/client";
import { errorToProblem } from "./problem";

function prismaError(code: string, meta: Record<string, unknown>, message = "Invalid `db().x()` invocation") {
  return new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: "7.10.0", meta });
}

const adapterCause = (cause: Record<string, unknown>) => ({ driverAdapterError: { cause } });

async function problemOf(error: unknown) {
  const response = errorToProblem(error, "/api/v1/things");
  return { status: response.status, type: response.headers.get("content-type"), body: (await response.json()) as { type: string; detail: string; errors?: Array<{ path: string }> } };
}

function expectNoInternals(body: unknown) {
  const text = JSON.stringify(body);
  for (const internal of ["_key", "_fkey", "constraint", "INSERT", "violates", "Prompt_", "Session_", "P20", "235"]) expect(text).not.toContain(internal);
}

describe("errorToProblem for a write that lost a race", () => {
  it("P2002, a unique key: 409 naming the field", async () => {
    const { status, body, type } = await problemOf(prismaError("P2002", { modelName: "Prompt", ...adapterCause({ originalCode: "23505", kind: "UniqueConstraintViolation", constraint: { index: "Prompt_name_key" }, table: "Prompt", originalMessage: 'duplicate key value violates unique constraint "Prompt_name_key"' }) }));
    expect({ status, type: body.type, contentType: type }).toEqual({ status: 409, type: "urn:juxta:problem:conflict", contentType: "application/problem+json" });
    expect(body.detail).toMatch(/same name already exists/);
    expect(body.errors).toEqual([{ path: "name", message: "is already taken" }]);
    expectNoInternals(body);
  });

  it("P2002 on a compound key names each of its columns", async () => {
    const { body } = await problemOf(prismaError("P2002", adapterCause({ originalCode: "23505", constraint: { index: "Turn_sessionId_index_key" }, table: "Turn" })));
    expect(body.errors?.map((error) => error.path)).toEqual(["sessionId", "index"]);
  });

  it("P2003, a reference deleted meanwhile: 409 naming the field and what it refers to", async () => {
    const { status, body } = await problemOf(prismaError("P2003", { modelName: "Session", ...adapterCause({ originalCode: "23503", kind: "ForeignKeyConstraintViolation", constraint: { index: "Session_promptVersionId_fkey" }, originalMessage: 'insert or update on table "Session" violates foreign key constraint "Session_promptVersionId_fkey"' }) }));
    expect(status).toBe(409);
    expect(body.detail).toBe("The prompt version this refers to (promptVersionId) was deleted at the same moment; reload and try again.");
    expect(body.errors).toEqual([{ path: "promptVersionId", message: "refers to a record that no longer exists" }]);
    expectNoInternals(body);
  });

  it("P2003 from a delete that other rows still refer to: 409 saying so", async () => {
    const { status, body } = await problemOf(prismaError("P2003", { modelName: "PromptVersion", ...adapterCause({ originalCode: "23503", constraint: { index: "Run_promptVersionId_fkey" }, originalMessage: 'update or delete on table "PromptVersion" violates foreign key constraint "Run_promptVersionId_fkey" on table "Run"' }) }));
    expect(status).toBe(409);
    expect(body.detail).toBe("Other records still refer to it (through promptVersionId); remove them first, or reload and try again.");
    expectNoInternals(body);
  });

  it("P2025, the record to change is gone: 404 naming the model as a person says it", async () => {
    const { status, body } = await problemOf(prismaError("P2025", { modelName: "SessionColumn", operation: "an update" }));
    expect({ status, type: body.type }).toEqual({ status: 404, type: "urn:juxta:problem:not_found" });
    expect(body.detail).toBe("That session column was not found; it may have been deleted at the same moment.");
  });

  it("P2010 with 23505 and 23503, a raw statement's: the same answers as Prisma's own", async () => {
    const unique = await problemOf(prismaError("P2010", adapterCause({ originalCode: "23505", constraint: { index: "Prompt_name_key" }, table: "Prompt" }), "Raw query failed. Code: `23505`. Message: `duplicate key value violates unique constraint \"Prompt_name_key\"`"));
    expect([unique.status, unique.body.errors]).toEqual([409, [{ path: "name", message: "is already taken" }]]);
    expectNoInternals(unique.body);
    const reference = await problemOf(prismaError("P2010", adapterCause({ originalCode: "23503", constraint: { index: "Turn_sessionId_fkey" }, originalMessage: 'insert or update on table "Turn" violates foreign key constraint "Turn_sessionId_fkey"' })));
    expect([reference.status, reference.body.detail]).toEqual([409, "The session this refers to (sessionId) was deleted at the same moment; reload and try again."]);
    expectNoInternals(reference.body);
  });

  it("any other raw failure stays a masked 500", async () => {
    const { status, body } = await problemOf(prismaError("P2010", adapterCause({ originalCode: "22012", kind: "postgres", code: "22012", message: "division by zero" })));
    expect(status).toBe(500);
    expect(body.detail).not.toMatch(/division/);
  });
});
