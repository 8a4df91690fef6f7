import type { Metadata } from "next";
import { Suspense } from "react";
import { ComparePlayground } from "@/components/compare/compare-playground";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "../../_server/require-user";

export const metadata: Metadata = { title: "Compare" };

export default async function ComparePage() {
  const user = await requireUser("reviewer");
  return (
    <>
      <PageHeader title="Compare" description="Send one prompt to 2–12 variants and watch the answers stream side by side." />
      <Suspense>
        <ComparePlayground canEdit={hasRole(user, "editor")} />
      </Suspense>
    </>
  );
}
