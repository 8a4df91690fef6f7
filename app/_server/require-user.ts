// The page side of access control: every page calls requireUser(minRole) first. The rule itself
// (role ranks) lives in lib/auth/roles.ts, shared with the API's apiRoute().
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { SESSION_COOKIE, userFromLoginSession } from "@/lib/auth/login-sessions";
import { PATH_HEADER, safeNextPath } from "@/lib/auth/landing";
import { hasRole, type AuthUser, type Role } from "@/lib/auth/roles";
import { hasAnyUser } from "@/lib/auth/users";

/** The signed-in user of this request, looked up once per request. */
export const currentUser = cache(async (): Promise<AuthUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? userFromLoginSession(token) : null;
});

export async function requireUser(minimum: Role = "reviewer"): Promise<AuthUser> {
  const user = await currentUser();
  if (!user) {
    if (!(await hasAnyUser())) redirect("/setup");
    // Back to this page after signing in.
    const here = safeNextPath((await headers()).get(PATH_HEADER));
    redirect(here && here !== "/" ? `/login?next=${encodeURIComponent(here)}` : "/login");
  }
  if (!hasRole(user, minimum)) forbidden();
  return user;
}
