import type { Metadata } from "next";
import { ResourceList } from "@/components/overview/resource-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listPromptRows } from "@/lib/overview/lists";
import { requireUser } from "../../_server/require-user";

export const metadata: Metadata = { title: "Prompts" };

export default async function PromptsPage() {
  await requireUser("reviewer");
  const rows = await listPromptRows();
  return (
    <>
      <PageHeader title="Prompts" description="Versioned prompt templates with {{variables}}, ready to replay against variants." />
      {rows.length === 0 ? (
        <EmptyState icon="✎" title="The prompt library is empty">
          <p>Prompts you save get immutable, numbered versions, so a run always says exactly which text it sent.</p>
        </EmptyState>
      ) : (
        <ResourceList rows={rows} hrefBase="/prompts" />
      )}
    </>
  );
}
