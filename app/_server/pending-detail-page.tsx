// The detail pages of features still to come (runs): a real lookup (404 for
// an unknown id) and an honest empty state, until their issues replace them.
import { notFound } from "next/navigation";
import { z } from "zod";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { findTitle } from "@/lib/overview/lists";
import { requireUser } from "./require-user";

export async function PendingDetailPage({ kind, id, listHref, label }: { kind: "run"; id: string; listHref: string; label: string }) {
  await requireUser("reviewer");
  const title = z.uuid().safeParse(id).success ? await findTitle(kind, id) : null;
  if (title === null) notFound();
  return (
    <>
      <PageHeader title={title} description={label} />
      <EmptyState icon="…" title="Nothing recorded here yet" action={{ href: listHref, label: "Back to the list" }}>
        <p>This {kind} has no results to show yet.</p>
      </EmptyState>
    </>
  );
}
