// RFC 9457 problem details: the one shape of every API error. 4xx details reach the user as they
// are; 500s are masked (and logged) because they may hold internals.
import "server-only";
import { z } from "zod";
import { constraintViolationOf } from "../db/constraint-violation";
import { isDatabaseUnavailable } from "../db/unavailable";
import { log } from "../log";
import { violationError } from "./constraint-problem";
import { AppError } from "./errors";

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  /** Validation problems: one entry per invalid field. */
  errors?: { path: string; message: string }[];
}

const titles: Record<number, string> = {
  400: "Bad request",
  401: "Not signed in",
  403: "Not allowed",
  404: "Not found",
  405: "Method not allowed",
  409: "Conflict",
  413: "Request too large",
  415: "Unsupported media type",
  422: "Invalid input",
  429: "Too many requests",
  500: "Internal error",
  502: "Bad gateway",
  503: "Service unavailable",
};

type ProblemInput = Omit<ProblemDetails, "title"> & { title?: string };

export function problemResponse(problem: ProblemInput, headers?: HeadersInit) {
  const body = { ...problem, title: problem.title ?? titles[problem.status] ?? "Error" } satisfies ProblemDetails;
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: { "content-type": "application/problem+json", ...headers },
  });
}

export function validationProblem(error: z.ZodError, where: "body" | "query" | "params", instance?: string) {
  const errors = error.issues.map((issue) => ({ path: issue.path.join(".") || "(root)", message: issue.message }));
  const first = errors[0];
  return problemResponse({
    type: "urn:juxta:problem:validation",
    status: 400,
    detail: first ? `Invalid ${where}: ${first.path === "(root)" ? "" : `${first.path}: `}${first.message}` : `Invalid ${where}.`,
    errors,
    instance,
  });
}

/** Turns anything thrown by a handler into a problem response. */
export function errorToProblem(error: unknown, instance?: string): Response {
  if (error instanceof AppError) {
    // A 500 may carry internals; a deliberate 502/503 ("the provider did not answer…") is for people.
    const masked = error.httpStatus === 500;
    if (error.httpStatus >= 500) log.error("request failed", { instance, kind: error.kind, detail: error.detail });
    return problemResponse(
      {
        type: `urn:juxta:problem:${error.kind}`,
        status: error.httpStatus,
        detail: masked ? "Something went wrong on the server; it has been logged." : error.detail,
        instance,
        ...error.extra,
      },
      error.headers,
    );
  }
  if (error instanceof z.ZodError) return validationProblem(error, "body", instance);
  // A write that lost a race (a key taken, a reference deleted meanwhile) is the caller's to retry.
  const violation = constraintViolationOf(error);
  if (violation) {
    log.warn("write lost a race", { instance, violation, error: error instanceof Error ? error.message.split("\n").filter(Boolean).at(-1) : undefined });
    return errorToProblem(violationError(violation), instance);
  }
  if (isDatabaseUnavailable(error)) {
    log.warn("database unavailable", { instance });
    return problemResponse(
      { type: "urn:juxta:problem:unavailable", status: 503, detail: "The database is not reachable right now; Juxta reconnects by itself. Try again in a few seconds.", instance },
      { "retry-after": "5" },
    );
  }
  log.error("unhandled error", { instance, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  return problemResponse({
    type: "urn:juxta:problem:internal",
    status: 500,
    detail: "Something went wrong on the server; it has been logged.",
    instance,
  });
}
