import type { Metadata } from "next";
import { RunDetail } from "@/components/runs/run-detail";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "../../../_server/require-user";
import { existingRecordId } from "../../../_server/existing-record";

export const metadata: Metadata = { title: "Run" };

export default async function RunPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("reviewer");
  const id = await existingRecordId("run", params);
  return <RunDetail id={id} canEdit={hasRole(user, "editor")} userId={user.id} />;
}
