import type { Metadata } from "next";
import { ResourceList } from "@/components/overview/resource-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listRunRows } from "@/lib/overview/lists";
import { requireUser } from "../../_server/require-user";

export const metadata: Metadata = { title: "Runs" };

export default async function RunsPage() {
  await requireUser("reviewer");
  const rows = await listRunRows();
  return (
    <>
      <PageHeader title="Runs" description="Batch replays and load tests: percentiles, error rates, cost per useful answer, diffs against a baseline." />
      {rows.length === 0 ? (
        <EmptyState icon="▶" title="No runs yet" action={{ href: "/runs/new", label: "Plan a run" }}>
          <p>A run replays a prompt over a dataset against several variants, or repeats one request under load, and keeps every result.</p>
        </EmptyState>
      ) : (
        <ResourceList rows={rows} hrefBase="/runs" />
      )}
    </>
  );
}
