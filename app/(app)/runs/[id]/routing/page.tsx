import type { Metadata } from "next";
import { RoutingWhatIf } from "@/components/decide/routing-what-if";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "../../../../_server/require-user";
import { existingRecordId } from "../../../../_server/existing-record";

export const metadata: Metadata = { title: "Routing what-if" };

export default async function RoutingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("reviewer");
  const id = await existingRecordId("run", params);
  return <RoutingWhatIf runId={id} canEdit={hasRole(user, "editor")} />;
}
