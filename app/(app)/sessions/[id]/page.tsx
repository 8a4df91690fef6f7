import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { SessionDetail } from "@/components/sessions/session-detail";
import { hasRole } from "@/lib/auth/roles";
import { findTitle } from "@/lib/overview/find-title";
import { requireUser } from "../../../_server/require-user";

export const metadata: Metadata = { title: "Session" };

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("reviewer");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success || (await findTitle("session", id)) === null) notFound();
  return <SessionDetail id={id} canEdit={hasRole(user, "editor")} userId={user.id} />;
}
