// The workspace as a whole: the demo data and the health check.
import type * as demo from "@/app/api/v1/demo/route";
import type * as health from "@/app/api/v1/health/route";
import { browserTransport, typedCaller, type Transport } from "./call";

export function workspaceApi(transport: Transport = browserTransport) {
  const { get, send } = typedCaller(transport);
  return {
    demo: () => get<typeof demo.GET>("/demo"),
    loadDemo: () => send<typeof demo.POST>("POST", "/demo"),
    removeDemo: () => send<typeof demo.DELETE>("DELETE", "/demo"),
    health: () => get<typeof health.GET>("/health"),
  };
}
