import type { Metadata } from "next";
import { NewRunForm } from "@/components/runs/new-run-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "../../../_server/require-user";

export const metadata: Metadata = { title: "New run" };

export default async function NewRunPage({ searchParams }: { searchParams: Promise<{ prompt?: string; dataset?: string }> }) {
  await requireUser("editor");
  const { prompt, dataset } = await searchParams;
  return (
    <>
      <PageHeader title="New run" description="Replay a prompt version over a dataset against variants, or load-test one request. The worker runs it; you can leave this page." />
      <NewRunForm initialPromptId={prompt} initialDatasetId={dataset} />
    </>
  );
}
