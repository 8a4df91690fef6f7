import { notFound } from "next/navigation";
import { z } from "zod";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { findTitle } from "@/lib/overview/lists";
import { requireUser } from "../../../_server/require-user";

export default async function RunPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser("reviewer");
  const { id } = await params;
  const title = z.uuid().safeParse(id).success ? await findTitle("run", id) : null;
  if (title === null) notFound();
  return (
    <>
      <PageHeader title={title} description="Run" />
      <EmptyState icon="…" title="Nothing recorded here yet" action={{ href: "/runs", label: "Back to runs" }}>
        <p>This run has no results to show yet.</p>
      </EmptyState>
    </>
  );
}
