// The document /api/v1/openapi.json serves (every route file, through the generated index) against
// the official OpenAPI 3.1 JSON schema, each of its Schema Objects compiled as JSON Schema 2020-12.
// Needs no database: route modules connect only when a handler runs.
import { describe, expect, it } from "vitest";
import { openApiProblems } from "../../../tests/helpers/openapi-check";
import { apiDocument } from "./api-document";

const document = apiDocument();

describe("the served OpenAPI document", { timeout: 60_000 }, () => {
  it("is valid OpenAPI 3.1 by the official schema, and every Schema Object is valid JSON Schema 2020-12", () => {
    expect(Object.keys(document.paths).length).toBeGreaterThan(80);
    expect(openApiProblems(document)).toEqual([]);
  });

  it("describes every operation's success: a JSON schema, a file or stream's media type, or 204", () => {
    const undescribed = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).flatMap(([method, operation]) => {
        const successes = Object.entries(operation.responses).filter(([status]) => status !== "default");
        const described = successes.length > 0 && successes.every(([status, response]) => status === "204" || Object.keys(response.content ?? {}).length > 0);
        return described ? [] : [`${method.toUpperCase()} ${path}`];
      }),
    );
    expect(undescribed).toEqual([]);
  });

  it("reports a broken document", () => {
    const broken = structuredClone(document);
    const tokens = broken.paths["/api/v1/tokens/{id}"]!.delete!;
    tokens.parameters = [];
    broken.paths["/api/v1/users"]!.get!.operationId = broken.paths["/api/v1/tokens"]!.get!.operationId;
    (broken.paths["/api/v1/users"]!.get!.parameters ??= []).push({ name: "who", in: "body" as "query", required: false, schema: { type: "string" } });
    (broken.components.schemas.Problem as Record<string, unknown>).type = "thing";
    broken.components.schemas.Dangling = { $ref: "#/components/schemas/Nowhere" };
    const problems = openApiProblems(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^OpenAPI 3\.1 schema: \/paths\/~1api~1v1~1users\/get\/parameters\/0\/in must be equal to one of the allowed values/),
        expect.stringMatching(/^components\.schemas\.Problem: not a JSON Schema 2020-12: schema is invalid: data\/type must be equal to one of the allowed values/),
        expect.stringMatching(/^components\.schemas\.Dangling: not a JSON Schema 2020-12: can't resolve reference/),
        "DELETE /api/v1/tokens/{id}: path parameters  do not match the template id",
        "GET /api/v1/users: operationId getTokens is not unique",
      ]),
    );
  });
});
