import type { Metadata } from "next";
import { SessionsList } from "@/components/sessions/sessions-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "../../_server/require-user";

export const metadata: Metadata = { title: "Sessions" };

export default async function SessionsPage() {
  await requireUser("reviewer");
  return (
    <>
      <PageHeader title="Sessions" description="Saved side-by-side comparisons, with per-turn metrics, charts and exports." />
      <SessionsList />
    </>
  );
}
