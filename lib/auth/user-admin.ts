// What an admin does to other users: change their role, set a new password, deactivate or
// reactivate them, and see
// and revoke their API tokens (revoking is revokeApiToken with their id). Changes that could leave Juxta without an active admin run under
// one advisory lock, so two admins demoting each other at once cannot both succeed.
import "server-only";
import { z } from "zod";
import { AppError, conflict, forbidden, notFound } from "../api/errors";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { listApiTokens } from "./api-tokens";
import { passwordSchema } from "./password-rules";
import { hashPassword } from "./passwords";
import { roles, type AuthUser, type Role } from "./roles";

export const userChangeSchema = z
  .object({
    role: z.enum(roles, { error: `A role is one of ${roles.join(", ")}.` }).optional(),
    active: z.boolean({ error: "active is true or false." }).optional(),
    /** A new password the admin hands over (a forgotten one): it signs the user out everywhere. */
    password: passwordSchema.optional(),
  })
  .strict()
  .refine((change) => change.role !== undefined || change.active !== undefined || change.password !== undefined, "Send a new role, active: true|false, a new password, or several.");
export type UserChange = z.infer<typeof userChangeSchema>;

const adminFields = { id: true, email: true, name: true, role: true, createdAt: true, deactivatedAt: true } as const;
type Tx = Prisma.TransactionClient;

/** Applies a role change and/or (de)activation. Deactivation ends the user's login sessions and
 * revokes their tokens in the same transaction; authentication also checks deactivatedAt, so a
 * session started while this ran is refused too. */
export async function changeUser(actor: AuthUser, userId: string, input: UserChange) {
  const change = userChangeSchema.parse(input);
  const demotes = change.role !== undefined && change.role !== "admin";
  const deactivates = change.active === false;
  if (userId === actor.id && (demotes || deactivates)) {
    throw conflict("You cannot demote or deactivate yourself; another admin has to.");
  }
  // Hashed before the transaction: argon2 takes a while and the lock below is shared by all admins.
  const passwordHash = change.password === undefined ? undefined : await hashPassword(change.password);
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('juxta:admins'))`;
    await assertStillAdmin(tx, actor.id);
    const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true, deactivatedAt: true } });
    if (!target) throw notFound("That user");
    if (target.role === "admin" && !target.deactivatedAt && (demotes || deactivates)) await assertAnotherAdmin(tx, userId);
    const now = new Date();
    // A new password ends every login session of the old one (API tokens stay: they are not
    // the password). Your own stays signed in elsewhere too — only if you changed someone else's.
    if (passwordHash !== undefined && userId !== actor.id) await tx.authSession.deleteMany({ where: { userId } });
    if (deactivates && !target.deactivatedAt) {
      await tx.authSession.deleteMany({ where: { userId } });
      await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    }
    return tx.user.update({
      where: { id: userId },
      data: {
        ...(change.role !== undefined && { role: change.role as Role }),
        ...(change.active === false && !target.deactivatedAt && { deactivatedAt: now }),
        ...(change.active === true && { deactivatedAt: null }),
        ...(passwordHash !== undefined && { passwordHash }),
      },
      select: adminFields,
    });
  });
}

/** The acting admin may have been demoted or deactivated by a racing request. */
async function assertStillAdmin(tx: Tx, actorId: string) {
  const actor = await tx.user.findUnique({ where: { id: actorId }, select: { role: true, deactivatedAt: true } });
  if (!actor || actor.role !== "admin" || actor.deactivatedAt) throw forbidden("You are no longer an active admin.");
}

async function assertAnotherAdmin(tx: Tx, userId: string) {
  const others = await tx.user.count({ where: { role: "admin", deactivatedAt: null, id: { not: userId } } });
  if (others === 0) throw new AppError("conflict", 409, "That is the last active admin; make someone else admin first.");
}

/** Every token of a user that is not revoked, expired ones included (marked by their date). */
export async function listUserTokens(userId: string) {
  if (!(await db().user.findUnique({ where: { id: userId }, select: { id: true } }))) throw notFound("That user");
  return listApiTokens(userId);
}
