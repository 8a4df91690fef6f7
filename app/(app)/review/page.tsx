import type { Metadata } from "next";
import { UserCheck } from "lucide-react";
import Link from "next/link";
import { ReviewQueue } from "@/components/review/review-queue";
import type { QueueTarget } from "@/components/review/use-review";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "../../_server/require-user";

export const metadata: Metadata = { title: "Review" };

/** ?runId= or ?datasetId= narrows the queue to that run's or dataset's pairs. */
export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("reviewer");
  const params = await searchParams;
  const target: QueueTarget = {};
  if (typeof params.runId === "string" && params.runId) target.runId = params.runId;
  if (typeof params.datasetId === "string" && params.datasetId) target.datasetId = params.datasetId;
  const admin = hasRole(user, "admin");
  return (
    <>
      <PageHeader
        title="Review"
        description="Blind pairs of answers to the same prompt: pick the better one with 1–4, skip with j, go back with k, rate with r."
        actions={
          admin && (
            <Button asChild variant="outline">
              <Link href="/review/reviewers">
                <UserCheck aria-hidden />
                Reviewers and gold pairs
              </Link>
            </Button>
          )
        }
      />
      <ReviewQueue canMarkGold={admin} target={target} />
    </>
  );
}
