import { notFound } from "next/navigation";
import { z } from "zod";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { findTitle } from "@/lib/overview/lists";
import { requireUser } from "../../../_server/require-user";

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser("reviewer");
  const { id } = await params;
  const title = z.uuid().safeParse(id).success ? await findTitle("session", id) : null;
  if (title === null) notFound();
  return (
    <>
      <PageHeader title={title} description="Session" />
      <EmptyState icon="…" title="Nothing recorded here yet" action={{ href: "/sessions", label: "Back to sessions" }}>
        <p>This session has no results to show yet.</p>
      </EmptyState>
    </>
  );
}
