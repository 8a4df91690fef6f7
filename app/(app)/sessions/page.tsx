import type { Metadata } from "next";
import { ResourceList } from "@/components/overview/resource-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listSessionRows } from "@/lib/overview/lists";
import { requireUser } from "../../_server/require-user";

export const metadata: Metadata = { title: "Sessions" };

export default async function SessionsPage() {
  await requireUser("reviewer");
  const rows = await listSessionRows();
  return (
    <>
      <PageHeader title="Sessions" description="Saved side-by-side comparisons, with per-turn metrics, charts and reviews." />
      {rows.length === 0 ? (
        <EmptyState icon="🗂" title="No sessions yet" action={{ href: "/compare", label: "Start comparing" }}>
          <p>Every comparison you run in Compare is saved here as you go, so you can come back to it, chart it and export it.</p>
        </EmptyState>
      ) : (
        <ResourceList rows={rows} hrefBase="/sessions" />
      )}
    </>
  );
}
