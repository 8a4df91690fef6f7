import type { Metadata } from "next";
import { HomeOverview } from "@/components/home/home-overview";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/auth/roles";
import { recentActivity } from "@/lib/overview/activity";
import { checklist, isDemoLoaded, workspaceCounts } from "@/lib/overview/workspace";
import { requireUser } from "../_server/require-user";

export const metadata: Metadata = { title: "Overview" };

export default async function HomePage() {
  const user = await requireUser("reviewer");
  const [counts, activity, demoLoaded, steps] = await Promise.all([workspaceCounts(), recentActivity(), isDemoLoaded(), checklist()]);
  return (
    <>
      <PageHeader title="Overview" description="Compare LLM variants side by side, replay datasets against them, and judge the answers." />
      <HomeOverview counts={counts} activity={activity} demoLoaded={demoLoaded} canEdit={hasRole(user, "editor")} steps={steps} />
    </>
  );
}
