import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listDatasetRows, listPromptRows } from "@/lib/overview/lists";
import { requireUser } from "../../../_server/require-user";

export const metadata: Metadata = { title: "New run" };

export default async function NewRunPage() {
  await requireUser("editor");
  const [prompts, datasets] = await Promise.all([listPromptRows(), listDatasetRows()]);
  return (
    <>
      <PageHeader title="New run" description="Replay a prompt version over a dataset against variants, or load-test one request." />
      <EmptyState icon="▶" title="Batch runs are not available yet" action={{ href: "/datasets", label: "Prepare a dataset" }}>
        <p>
          You have {prompts.length} {prompts.length === 1 ? "prompt" : "prompts"} and {datasets.length} {datasets.length === 1 ? "dataset" : "datasets"} ready.
          Replaying them against variants — in the worker, resumable, every item exactly once — is the next feature to land.
        </p>
      </EmptyState>
    </>
  );
}
