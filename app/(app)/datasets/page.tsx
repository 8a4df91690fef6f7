import type { Metadata } from "next";
import { DatasetList } from "@/components/datasets/dataset-list";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "../../_server/require-user";

export const metadata: Metadata = { title: "Datasets" };

export default async function DatasetsPage() {
  const user = await requireUser("reviewer");
  return (
    <>
      <PageHeader title="Datasets" description="Test cases: variable values, expected outputs, tags and assertions." />
      <DatasetList canEdit={hasRole(user, "editor")} />
    </>
  );
}
