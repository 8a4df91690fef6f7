import type { Metadata } from "next";
import { NewWatchDialog } from "@/components/watch/new-watch-form";
import { WatchesList } from "@/components/watch/watches-list";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "../../_server/require-user";

export const metadata: Metadata = { title: "Watches" };

export default async function WatchesPage() {
  const user = await requireUser("reviewer");
  return (
    <>
      <PageHeader
        title="Watches"
        description="Scheduled canary replays: each run is compared with a baseline, and drift or a changed model raises an alert."
        actions={hasRole(user, "editor") && <NewWatchDialog />}
      />
      <WatchesList />
    </>
  );
}
