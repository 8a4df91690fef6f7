import type { Metadata } from "next";
import { PromptDetail } from "@/components/prompts/prompt-detail";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "../../../_server/require-user";
import { existingRecordId } from "../../../_server/existing-record";

export const metadata: Metadata = { title: "Prompt" };

export default async function PromptPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("reviewer");
  const id = await existingRecordId("prompt", params);
  return <PromptDetail id={id} canEdit={hasRole(user, "editor")} />;
}
