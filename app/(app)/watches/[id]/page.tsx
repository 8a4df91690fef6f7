import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { WatchDetail } from "@/components/watch/watch-detail";
import { hasRole } from "@/lib/auth/roles";
import { watchExists } from "@/lib/watch/service";
import { requireUser } from "../../../_server/require-user";

export const metadata: Metadata = { title: "Watch" };

export default async function WatchPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("reviewer");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success || !(await watchExists(id))) notFound();
  return <WatchDetail id={id} canEdit={hasRole(user, "editor")} />;
}
