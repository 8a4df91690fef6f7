import type { Metadata } from "next";
import { Plus } from "lucide-react";
import Link from "next/link";
import { RunsList } from "@/components/runs/runs-list";
import { Button } from "@/components/ui/button";
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
            <Button asChild>
              <Link href="/runs/new">
                <Plus aria-hidden /> New run
              </Link>
            </Button>
          )
        }
      />
      <RunsList />
    </>
  );
}
