// Users: the only place that creates them or checks their passwords.
import "server-only";
import { z } from "zod";
import { AppError, conflict } from "../api/errors";
import { isoDate } from "../api/iso-date";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { passwordSchema } from "./password-rules";
import { hashPassword, verifyPassword } from "./passwords";
import { roles, type AuthUser } from "./roles";

export const newUserSchema = z.object({
  email: z.email({ error: "Enter a valid email address." }).trim().toLowerCase(),
  name: z.string().trim().min(1, "Enter a name.").max(120),
  password: passwordSchema,
  role: z.enum(roles),
});
export type NewUser = z.infer<typeof newUserSchema>;

export const userSchema = z.object({ id: z.string(), email: z.string(), name: z.string(), role: z.enum(roles) });
/** A user as the admin's list shows them. */
export const adminUserSchema = userSchema.extend({ createdAt: isoDate, deactivatedAt: isoDate.nullable() });

const publicFields = { id: true, email: true, name: true, role: true } as const;

export async function createUser(input: NewUser): Promise<AuthUser> {
  const user = newUserSchema.parse(input);
  try {
    return await db().user.create({
      data: { email: user.email, name: user.name, role: user.role, passwordHash: await hashPassword(user.password) },
      select: publicFields,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A user with the email ${user.email} already exists.`);
    throw error;
  }
}

export async function hasAnyUser(): Promise<boolean> {
  return (await db().user.findFirst({ select: { id: true } })) !== null;
}

/** First-run setup: creates the admin only while there are no users. Two racing setups are
 * serialised by an advisory lock, so exactly one wins and the other gets a 409. */
export async function createFirstAdmin(input: Omit<NewUser, "role">): Promise<AuthUser> {
  const user = newUserSchema.parse({ ...input, role: "admin" });
  const passwordHash = await hashPassword(user.password);
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('juxta:first-admin'))`;
    if (await tx.user.findFirst({ select: { id: true } })) {
      throw conflict("Juxta is already set up: sign in instead.");
    }
    return tx.user.create({
      data: { email: user.email, name: user.name, role: "admin", passwordHash },
      select: publicFields,
    });
  });
}

export async function authenticate(email: string, password: string): Promise<AuthUser> {
  const user = await db().user.findUnique({ where: { email: email.trim().toLowerCase() } });
  // Verify against a real hash even for unknown emails, so timing does not reveal which exist.
  dummyHash ??= hashPassword("juxta-timing-equaliser");
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !ok) throw new AppError("unauthenticated", 401, "That email and password do not match.");
  // Said only to someone who knows the password, so it tells an attacker nothing new.
  if (user.deactivatedAt) throw new AppError("forbidden", 403, "This account has been deactivated; ask an admin to reactivate it.");
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

let dummyHash: Promise<string> | undefined;

export function listUsers(): Promise<(AuthUser & { createdAt: Date; deactivatedAt: Date | null })[]> {
  return db().user.findMany({ select: { ...publicFields, createdAt: true, deactivatedAt: true }, orderBy: { createdAt: "asc" } });
}

export async function findUserByEmail(email: string): Promise<AuthUser> {
  const user = await db().user.findUnique({ where: { email: email.trim().toLowerCase() }, select: publicFields });
  if (!user) throw new AppError("not_found", 404, `No user has the email ${email}.`);
  return user;
}
