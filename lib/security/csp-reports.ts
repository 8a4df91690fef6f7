// Content-Security-Policy violation reports, in both shapes browsers send: the old report-uri
// body ({"csp-report": {...}}, application/csp-report) and the Reporting API's batch
// ([{type: "csp-violation", body: {...}}], application/reports+json). Only a few short fields are
// kept and logged: reports are public input.
import { AppError } from "../api/errors";
import { readBodyText } from "../api/route";
import { log } from "../log";

const MAX_REPORT_BYTES = 64_000;
const MAX_REPORTS = 20;
const REPORT_TYPES = /^application\/(csp-report|reports\+json|json)\b/i;

export interface CspViolation {
  directive: string;
  blocked: string;
  document: string;
  source: string;
  sample: string;
}

const text = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value).slice(0, 300) : "");
const record = (value: unknown) => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

function fromLegacy(report: Record<string, unknown>): CspViolation {
  return {
    directive: text(report["effective-directive"] ?? report["violated-directive"]),
    blocked: text(report["blocked-uri"]),
    document: text(report["document-uri"]),
    source: `${text(report["source-file"])}:${text(report["line-number"])}`,
    sample: text(report["script-sample"]),
  };
}

function fromReportingApi(body: Record<string, unknown>): CspViolation {
  return {
    directive: text(body.effectiveDirective),
    blocked: text(body.blockedURL),
    document: text(body.documentURL),
    source: `${text(body.sourceFile)}:${text(body.lineNumber)}`,
    sample: text(body.sample),
  };
}

export async function readCspReports(request: Request): Promise<CspViolation[]> {
  const type = request.headers.get("content-type") ?? "";
  if (!REPORT_TYPES.test(type)) throw new AppError("validation", 415, "Send a CSP report (application/csp-report or application/reports+json).");
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readBodyText(request, MAX_REPORT_BYTES));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("bad_json", 400, "The report is not valid JSON.");
  }
  if (Array.isArray(parsed)) {
    return parsed.slice(0, MAX_REPORTS).filter((entry) => record(entry).type === "csp-violation").map((entry) => fromReportingApi(record(record(entry).body)));
  }
  const legacy = record(parsed)["csp-report"];
  if (!legacy) throw new AppError("validation", 400, "The body holds no CSP report.");
  return [fromLegacy(record(legacy))];
}

export function logCspReports(violations: CspViolation[]) {
  for (const violation of violations) log.warn("content security policy violation", { ...violation });
}
