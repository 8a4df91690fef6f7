import type { Metadata } from "next";
import { LeaderboardView } from "@/components/review/leaderboard-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "../../_server/require-user";

export const metadata: Metadata = { title: "Leaderboard" };

export default async function LeaderboardPage() {
  await requireUser("reviewer");
  return (
    <>
      <PageHeader title="Leaderboard" description="Bradley–Terry ranking from blind human votes, a judge’s verdicts, or both, with 95% confidence intervals and the head-to-head record." />
      <LeaderboardView />
    </>
  );
}
