// Signing in and out, the first admin, who is signed in.
import type * as login from "@/app/api/v1/auth/login/route";
import type * as logout from "@/app/api/v1/auth/logout/route";
import type * as me from "@/app/api/v1/auth/me/route";
import type * as setup from "@/app/api/v1/setup/route";
import { browserTransport, typedCaller, type BodyOf, type ResponseOf, type Transport } from "./call";

export type Credentials = BodyOf<typeof login.POST>;
export type FirstAdmin = BodyOf<typeof setup.POST>;
export type SignedInUser = ResponseOf<typeof me.GET>["user"];

export function authApi(transport: Transport = browserTransport) {
  const { get, send } = typedCaller(transport);
  return {
    login: (credentials: Credentials) => send<typeof login.POST>("POST", "/auth/login", credentials),
    logout: () => send<typeof logout.POST>("POST", "/auth/logout"),
    me: () => get<typeof me.GET>("/auth/me"),
    setup: (admin: FirstAdmin) => send<typeof setup.POST>("POST", "/setup", admin),
  };
}
