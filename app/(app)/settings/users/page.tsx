import type { Metadata } from "next";
import { UsersPanel } from "@/components/settings/users-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "../../../_server/require-user";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requireUser("admin");
  return (
    <>
      <PageHeader title="Users" description="Admins manage everything; editors change providers, variants, prompts and runs; reviewers annotate, rate and vote. Deactivating someone signs them out everywhere and revokes their API tokens." />
      <UsersPanel currentUserId={admin.id} />
    </>
  );
}
