import type { Metadata } from "next";
import { WatchDetail } from "@/components/watch/watch-detail";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "../../../_server/require-user";
import { existingRecordId } from "../../../_server/existing-record";

export const metadata: Metadata = { title: "Watch" };

export default async function WatchPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("reviewer");
  const id = await existingRecordId("watch", params);
  return <WatchDetail id={id} canEdit={hasRole(user, "editor")} />;
}
