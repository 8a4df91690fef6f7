// Users, as an admin manages them.
import type * as users from "@/app/api/v1/users/route";
import type * as user from "@/app/api/v1/users/[id]/route";
import { browserTransport, segment, typedCaller, type BodyOf, type ResponseOf, type Transport } from "./call";

export type AdminUser = ResponseOf<typeof users.GET>["users"][number];
export type NewUser = BodyOf<typeof users.POST>;
export type UserChange = BodyOf<typeof user.PATCH>;

export function usersApi(transport: Transport = browserTransport) {
  const { get, send } = typedCaller(transport);
  return {
    list: () => get<typeof users.GET>("/users"),
    create: (input: NewUser) => send<typeof users.POST>("POST", "/users", input),
    change: (id: string, change: UserChange) => send<typeof user.PATCH>("PATCH", `/users/${segment(id)}`, change),
  };
}
