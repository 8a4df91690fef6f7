// The one place where roles are compared. Pages call requireUser(minRole) and API routes declare
// `role` in apiRoute(); both end here.
import type { Role } from "../db/generated/enums";
import { AppError } from "../api/errors";

export type { Role };
export const roles = ["admin", "editor", "reviewer"] as const satisfies readonly Role[];

const rank: Record<Role, number> = { reviewer: 1, editor: 2, admin: 3 };

export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export function hasRole(user: Pick<AuthUser, "role">, minimum: Role): boolean {
  return rank[user.role] >= rank[minimum];
}

export function assertRole(user: AuthUser | null, minimum: Role): AuthUser {
  if (!user) throw new AppError("unauthenticated", 401, "Sign in, or send an API token as 'Authorization: Bearer <token>'.");
  if (!hasRole(user, minimum)) throw new AppError("forbidden", 403, `This needs the ${minimum} role; you are ${user.role}.`);
  return user;
}
