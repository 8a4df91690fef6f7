import type { Metadata } from "next";
import { TokensPanel } from "@/components/settings/tokens-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "../../../_server/require-user";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  await requireUser("reviewer");
  return (
    <>
      <PageHeader title="API tokens" description="Bearer tokens for the juxta CLI and CI. A token acts as you, with your role." />
      <TokensPanel />
    </>
  );
}
