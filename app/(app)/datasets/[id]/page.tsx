import type { Metadata } from "next";
import { DatasetDetail } from "@/components/datasets/dataset-detail";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "../../../_server/require-user";
import { existingRecordId } from "../../../_server/existing-record";

export const metadata: Metadata = { title: "Dataset" };

export default async function DatasetPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("reviewer");
  const id = await existingRecordId("dataset", params);
  return <DatasetDetail id={id} canEdit={hasRole(user, "editor")} />;
}
