import type { Metadata } from "next";
import { VariantsPanel } from "@/components/settings/variants-panel";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "../../../_server/require-user";

export const metadata: Metadata = { title: "Variants" };

export default async function VariantsPage() {
  const user = await requireUser("reviewer");
  return (
    <>
      <PageHeader title="Variants" description="A variant is a model plus a name, system prompt and sampling settings: the unit everything compares." />
      <VariantsPanel canEdit={hasRole(user, "editor")} />
    </>
  );
}
