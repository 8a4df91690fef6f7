import type { Metadata } from "next";
import Link from "next/link";
import { RunsList } from "@/components/runs/runs-list";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "../../_server/require-user";

export const metadata: Metadata = { title: "Runs" };

export default async function RunsPage() {
  const user = await requireUser("reviewer");
  return (
    <>
      <PageHeader
        title="Runs"
        description="Batch replays and load tests: percentiles, error rates, cost per useful answer, diffs against a baseline."
        actions={
          hasRole(user, "editor") && (
            <Link href="/runs/new" className="rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white hover:bg-indigo-500">
              New run
            </Link>
          )
        }
      />
      <RunsList />
    </>
  );
}
