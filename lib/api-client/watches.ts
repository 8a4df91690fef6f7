// Watches and their alerts.
import type * as watches from "@/app/api/v1/watches/route";
import type * as watch from "@/app/api/v1/watches/[id]/route";
import type * as runNow from "@/app/api/v1/watches/[id]/run-now/route";
import type * as testNotification from "@/app/api/v1/watches/[id]/test-notification/route";
import type * as watchAlerts from "@/app/api/v1/watches/[id]/alerts/route";
import type * as openAlerts from "@/app/api/v1/watches/alerts/route";
import type * as acknowledge from "@/app/api/v1/watches/alerts/[id]/acknowledge/route";
import { browserTransport, segment, typedCaller, type BodyOf, type ResponseOf, type Transport } from "./call";

export type WatchJson = ResponseOf<typeof watch.GET>["watch"];
export type WatchHistoryJson = ResponseOf<typeof watch.GET>["runs"][number];
export type OpenAlertJson = ResponseOf<typeof openAlerts.GET>["alerts"][number];
export type NewWatch = BodyOf<typeof watches.POST>;

export function watchesApi(transport: Transport = browserTransport) {
  const { get, send } = typedCaller(transport);
  const path = (id: string) => `/watches/${segment(id)}`;
  return {
    list: () => get<typeof watches.GET>("/watches"),
    create: (input: NewWatch) => send<typeof watches.POST>("POST", "/watches", input),
    get: (id: string) => get<typeof watch.GET>(path(id)),
    setPaused: (id: string, paused: boolean) => send<typeof watch.PATCH>("PATCH", path(id), { paused }),
    runNow: (id: string) => send<typeof runNow.POST>("POST", `${path(id)}/run-now`),
    testNotification: (id: string) => send<typeof testNotification.POST>("POST", `${path(id)}/test-notification`),
    alerts: (id: string) => get<typeof watchAlerts.GET>(`${path(id)}/alerts`),
    openAlerts: () => get<typeof openAlerts.GET>("/watches/alerts"),
    acknowledge: (alertId: string) => send<typeof acknowledge.POST>("POST", `/watches/alerts/${segment(alertId)}/acknowledge`),
  };
}
