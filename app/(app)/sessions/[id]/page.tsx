import type { Metadata } from "next";
import { SessionDetail } from "@/components/sessions/session-detail";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "../../../_server/require-user";
import { existingRecordId } from "../../../_server/existing-record";

export const metadata: Metadata = { title: "Session" };

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("reviewer");
  const id = await existingRecordId("session", params);
  return <SessionDetail id={id} canEdit={hasRole(user, "editor")} userId={user.id} />;
}
