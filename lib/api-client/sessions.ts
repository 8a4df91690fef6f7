// Compare sessions. Sending a turn and retrying an answer stream Server-Sent Events: their bodies
// are typed here, and the Response goes to the compare stream's reader
// (components/compare/use-compare-stream.ts); the export is a file.
import type * as sessions from "@/app/api/v1/sessions/route";
import type * as session from "@/app/api/v1/sessions/[id]/route";
import type * as column from "@/app/api/v1/sessions/[id]/columns/[columnId]/route";
import type * as curl from "@/app/api/v1/sessions/[id]/completions/[completionId]/curl/route";
import type * as duplicate from "@/app/api/v1/sessions/[id]/duplicate/route";
import type * as reveal from "@/app/api/v1/sessions/[id]/reveal/route";
import type * as stop from "@/app/api/v1/sessions/[id]/stop/route";
import type * as turns from "@/app/api/v1/sessions/[id]/turns/route";
import type * as retry from "@/app/api/v1/sessions/[id]/turns/[turnId]/retry/route";
import { browserTransport, postForStream, segment, typedCaller, type BodyOf, type QueryOf, type ResponseOf, type Transport } from "./call";

export type SessionJson = ResponseOf<typeof session.GET>["session"];
export type SessionListJson = ResponseOf<typeof sessions.GET>;
export type SessionListQuery = QueryOf<typeof sessions.GET>;
export type NewSession = BodyOf<typeof sessions.POST>;
export type StopTarget = BodyOf<typeof stop.POST>;

export function sessionsApi(transport: Transport = browserTransport) {
  const { get, send } = typedCaller(transport);
  const path = (id: string) => `/sessions/${segment(id)}`;
  return {
    list: (query: SessionListQuery) => get<typeof sessions.GET>("/sessions", query),
    create: (input: NewSession) => send<typeof sessions.POST>("POST", "/sessions", input),
    get: (id: string) => get<typeof session.GET>(path(id)),
    rename: (id: string, title: string) => send<typeof session.PATCH>("PATCH", path(id), { title }),
    remove: (id: string) => send<typeof session.DELETE>("DELETE", path(id)),
    duplicate: (id: string) => send<typeof duplicate.POST>("POST", `${path(id)}/duplicate`),
    reveal: (id: string) => send<typeof reveal.POST>("POST", `${path(id)}/reveal`),
    setColumnVariant: (id: string, columnId: string, variantId: string) =>
      send<typeof column.PATCH>("PATCH", `${path(id)}/columns/${segment(columnId)}`, { variantId }),
    stop: (id: string, target: StopTarget) => send<typeof stop.POST>("POST", `${path(id)}/stop`, target),
    curl: (id: string, completionId: string) => get<typeof curl.GET>(`${path(id)}/completions/${segment(completionId)}/curl`),
    /** The browser's own streams (the CLI does not send turns). */
    sendTurn: (id: string, input: BodyOf<typeof turns.POST>) => postForStream<typeof turns.POST>(`${path(id)}/turns`, input),
    retryAnswer: (id: string, turnId: string, input: BodyOf<typeof retry.POST>) => postForStream<typeof retry.POST>(`${path(id)}/turns/${segment(turnId)}/retry`, input),
  };
}
