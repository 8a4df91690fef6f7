import type { Metadata } from "next";
import { GoldPairsList, MarkGoldForm } from "@/components/review/gold-pairs";
import { ReviewersTable } from "@/components/review/reviewers-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "../../../_server/require-user";

export const metadata: Metadata = { title: "Reviewers" };

export default async function ReviewersPage() {
  await requireUser("admin");
  return (
    <>
      <PageHeader
        title="Reviewers"
        description="How far each reviewer's votes can be trusted: agreement with the others, whether the left-hand answer wins too often, time per vote and accuracy on gold pairs (pairs with a known answer, mixed into the queue unannounced). Excluding a reviewer leaves their votes out of the leaderboard until you include them again; every exclusion stays on record."
      />
      <div className="space-y-6">
        <ReviewersTable />
        <section className="space-y-3" aria-labelledby="gold-heading">
          <h2 id="gold-heading" className="text-sm font-semibold">
            Gold pairs
          </h2>
          <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
            <GoldPairsList />
            <MarkGoldForm />
          </div>
        </section>
      </div>
    </>
  );
}
