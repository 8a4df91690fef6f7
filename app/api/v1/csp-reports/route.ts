// Where browsers report Content-Security-Policy violations (report-uri and report-to). Public and
// size-capped; a report is only logged, so a forged one costs nothing but a log line.
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { apiRoute } from "@/lib/api/route";
import { logCspReports, readCspReports } from "@/lib/security/csp-reports";

export const POST = apiRoute({ role: "public", summary: "Where browsers report Content-Security-Policy violations (logged only; csp-report or reports+json bodies).", response: null }, async ({ request }) => {
  logCspReports(await readCspReports(request));
  return null;
});

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
