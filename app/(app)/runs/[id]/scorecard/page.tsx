import type { Metadata } from "next";
import { RunScorecard } from "@/components/decide/run-scorecard";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "../../../../_server/require-user";
import { existingRecordId } from "../../../../_server/existing-record";

export const metadata: Metadata = { title: "Scorecard" };

export default async function ScorecardPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("reviewer");
  const id = await existingRecordId("run", params);
  return <RunScorecard runId={id} canEdit={hasRole(user, "editor")} />;
}
