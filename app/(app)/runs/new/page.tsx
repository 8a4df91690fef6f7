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
      <EmptyState icon="▶" title="A run needs a prompt and a dataset" action={{ href: "/prompts", label: "Open the prompt library" }}>
        <p>
          You have {prompts.length} {prompts.length === 1 ? "prompt" : "prompts"} and {datasets.length} {datasets.length === 1 ? "dataset" : "datasets"}.
          Runs are started by the worker, resume after a crash and never run an item twice.
        </p>
      </EmptyState>
    </>
  );
}
