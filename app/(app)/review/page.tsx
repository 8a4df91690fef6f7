import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "../../_server/require-user";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  await requireUser("reviewer");
  return (
    <>
      <PageHeader title="Review" description="Blind pairs to vote on and single answers to rate, one at a time, from the keyboard." />
      <EmptyState icon="⚖" title="Nothing to review yet" action={{ href: "/compare", label: "Compare some variants" }}>
        <p>Answers from sessions and runs show up here as blind pairs once at least two variants have answered the same input.</p>
      </EmptyState>
    </>
  );
}
