import type { Metadata } from "next";
import { ResourceList } from "@/components/overview/resource-list";
import { PageHeader } from "@/components/ui/page-header";
import { listProviderRows } from "@/lib/overview/lists";
import { requireUser } from "../../../_server/require-user";

export const metadata: Metadata = { title: "Providers" };

export default async function ProvidersPage() {
  await requireUser("reviewer");
  const rows = await listProviderRows();
  return (
    <>
      <PageHeader
        title="Providers"
        description="Where completions come from. Set OPENAI_API_KEY, OPENAI_BASE_URL or ANTHROPIC_API_KEY before `npm start` to add real providers; keys are stored encrypted and shown masked."
      />
      <ResourceList rows={rows} />
    </>
  );
}
