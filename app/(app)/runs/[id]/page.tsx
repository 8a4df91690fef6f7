import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { RunDetail } from "@/components/runs/run-detail";
import { hasRole } from "@/lib/auth/roles";
import { findTitle } from "@/lib/overview/find-title";
import { requireUser } from "../../../_server/require-user";

export const metadata: Metadata = { title: "Run" };

export default async function RunPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("reviewer");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success || (await findTitle("run", id)) === null) notFound();
  return <RunDetail id={id} canEdit={hasRole(user, "editor")} userId={user.id} />;
}
