import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "../../_server/require-user";

export const metadata: Metadata = { title: "Leaderboard" };

export default async function LeaderboardPage() {
  await requireUser("reviewer");
  return (
    <>
      <PageHeader title="Leaderboard" description="Bradley–Terry ranking from blind votes, with 95% confidence intervals and the win-rate matrix." />
      <EmptyState icon="🏆" title="No votes yet" action={{ href: "/review", label: "Go to the review queue" }}>
        <p>The ranking appears once reviewers have voted on pairs of answers. Every strength comes with its interval, so close calls look close.</p>
      </EmptyState>
    </>
  );
}
