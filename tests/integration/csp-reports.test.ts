// The CSP report endpoint: both report shapes browsers send are accepted and logged; anything
// else, or anything big, is refused.
import { describe, expect, it } from "vitest";
import { POST as report } from "../../app/api/v1/csp-reports/route";

const send = (type: string, body: string) =>
  report(new Request("http://localhost/api/v1/csp-reports", { method: "POST", headers: { "content-type": type, "sec-fetch-site": "same-origin" }, body }));

describe("POST /api/v1/csp-reports", () => {
  it("accepts report-uri and Reporting API bodies", async () => {
    const legacy = { "csp-report": { "document-uri": "http://localhost/x", "effective-directive": "img-src", "blocked-uri": "http://evil.test/p.png" } };
    expect((await send("application/csp-report", JSON.stringify(legacy))).status).toBe(204);
    const batch = [{ type: "csp-violation", body: { documentURL: "http://localhost/x", effectiveDirective: "script-src-elem", blockedURL: "inline" } }];
    expect((await send("application/reports+json", JSON.stringify(batch))).status).toBe(204);
  });

  it("refuses other types, other bodies and big ones", async () => {
    expect((await send("text/plain", "{}")).status).toBe(415);
    expect((await send("application/csp-report", "{}")).status).toBe(400);
    expect((await send("application/csp-report", "not json")).status).toBe(400);
    const big = await send("application/csp-report", JSON.stringify({ "csp-report": { "blocked-uri": "x".repeat(70_000) } }));
    expect(big.status).toBe(413);
    expect(big.headers.get("content-type")).toBe("application/problem+json");
  });
});
