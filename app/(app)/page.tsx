import type { Metadata } from "next";
import { HomeOverview } from "@/components/home/home-overview";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/auth/roles";
import { checklist, isDemoLoaded, recentWork, workspaceCounts } from "@/lib/overview/workspace";
import { requireUser } from "../_server/require-user";

export const metadata: Metadata = { title: "Overview" };

export default async function HomePage() {
  const user = await requireUser("reviewer");
  const [counts, recent, demoLoaded, steps] = await Promise.all([workspaceCounts(), recentWork(), isDemoLoaded(), checklist()]);
  return (
    <>
      <PageHeader title="Overview" description="Compare LLM variants side by side, replay datasets against them, and judge the answers." />
      <HomeOverview counts={counts} recent={recent} demoLoaded={demoLoaded} canEdit={hasRole(user, "editor")} steps={steps} />
    </>
  );
}
