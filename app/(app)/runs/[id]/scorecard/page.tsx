import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { RunScorecard } from "@/components/decide/run-scorecard";
import { hasRole } from "@/lib/auth/roles";
import { findTitle } from "@/lib/overview/find-title";
import { requireUser } from "../../../../_server/require-user";

export const metadata: Metadata = { title: "Scorecard" };

export default async function ScorecardPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("reviewer");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success || (await findTitle("run", id)) === null) notFound();
  return <RunScorecard runId={id} canEdit={hasRole(user, "editor")} />;
}
