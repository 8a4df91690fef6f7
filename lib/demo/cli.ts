// `juxta demo`: loads (or with --remove, removes) the demo workspace straight in the database.
// There is no worker here, so the demo's runs execute in this process.
import "server-only";
import { notFound } from "../api/errors";
import type { AuthUser } from "../auth/roles";
import { findUserByEmail } from "../auth/users";
import { db } from "../db/client";
import { loadDemo } from "./load-demo";
import { removeDemo } from "./remove-demo";
import { closeJobSender } from "../jobs/sender";

/** The user the demo is created as: the one named, or the first admin. */
async function actingUser(email?: string): Promise<AuthUser> {
  if (email) return findUserByEmail(email);
  const admin = await db().user.findFirst({ where: { role: "admin" }, orderBy: { createdAt: "asc" }, select: { id: true, email: true, name: true, role: true } });
  if (!admin) throw notFound("An admin to create the demo as (open the web app once, or use `juxta users create`)");
  return admin;
}

export async function demoCommand(options: { remove?: boolean; email?: string }): Promise<void> {
  if (options.remove) {
    const removed = await removeDemo();
    console.log(`Removed the demo: ${removed.runs} runs, ${removed.sessions} sessions, ${removed.prompts} prompts, ${removed.datasets} datasets, ${removed.variants} variants${removed.archived ? ` (${removed.archived} kept archived: your own work uses them)` : ""}.`);
    return;
  }
  const user = await actingUser(options.email);
  try {
    const demo = await loadDemo(user, { inline: true });
    console.log(`Loaded the demo as ${user.email}: ${demo.runs.length} runs, ${demo.sessions.length} compare sessions, ${demo.votes} votes. Remove it with \`juxta demo --remove\`.`);
  } finally {
    await closeJobSender();
  }
}
