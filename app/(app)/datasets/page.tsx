import type { Metadata } from "next";
import { ResourceList } from "@/components/overview/resource-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listDatasetRows } from "@/lib/overview/lists";
import { requireUser } from "../../_server/require-user";

export const metadata: Metadata = { title: "Datasets" };

export default async function DatasetsPage() {
  await requireUser("reviewer");
  const rows = await listDatasetRows();
  return (
    <>
      <PageHeader title="Datasets" description="Test cases: variable values, expected outputs, tags and assertions." />
      {rows.length === 0 ? (
        <EmptyState icon="▦" title="No datasets yet">
          <p>Datasets hold the test cases that runs replay: import them from CSV, JSONL or logs of real traffic in OpenAI chat format.</p>
        </EmptyState>
      ) : (
        <ResourceList rows={rows} hrefBase="/datasets" />
      )}
    </>
  );
}
