import type { Metadata } from "next";
import { PromptLibrary } from "@/components/prompts/prompt-library";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "../../_server/require-user";

export const metadata: Metadata = { title: "Prompts" };

export default async function PromptsPage() {
  const user = await requireUser("reviewer");
  return (
    <>
      <PageHeader title="Prompts" description="Versioned prompt templates with {{variables}}, ready to replay against variants." />
      <PromptLibrary canEdit={hasRole(user, "editor")} />
    </>
  );
}
