import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { RoutingWhatIf } from "@/components/decide/routing-what-if";
import { hasRole } from "@/lib/auth/roles";
import { findTitle } from "@/lib/overview/find-title";
import { requireUser } from "../../../../_server/require-user";

export const metadata: Metadata = { title: "Routing what-if" };

export default async function RoutingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("reviewer");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success || (await findTitle("run", id)) === null) notFound();
  return <RoutingWhatIf runId={id} canEdit={hasRole(user, "editor")} />;
}
