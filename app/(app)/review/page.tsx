import type { Metadata } from "next";
import { ReviewQueue } from "@/components/review/review-queue";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "../../_server/require-user";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  await requireUser("reviewer");
  return (
    <>
      <PageHeader title="Review" description="Blind pairs of answers to the same prompt: pick the better one with 1–4, skip with j, go back with k, rate with r." />
      <ReviewQueue />
    </>
  );
}
