import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { DatasetDetail } from "@/components/datasets/dataset-detail";
import { hasRole } from "@/lib/auth/roles";
import { findTitle } from "@/lib/overview/find-title";
import { requireUser } from "../../../_server/require-user";

export const metadata: Metadata = { title: "Dataset" };

export default async function DatasetPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("reviewer");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success || (await findTitle("dataset", id)) === null) notFound();
  return <DatasetDetail id={id} canEdit={hasRole(user, "editor")} />;
}
