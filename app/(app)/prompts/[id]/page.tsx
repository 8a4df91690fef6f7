import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PromptDetail } from "@/components/prompts/prompt-detail";
import { hasRole } from "@/lib/auth/roles";
import { findTitle } from "@/lib/overview/find-title";
import { requireUser } from "../../../_server/require-user";

export const metadata: Metadata = { title: "Prompt" };

export default async function PromptPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("reviewer");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success || (await findTitle("prompt", id)) === null) notFound();
  return <PromptDetail id={id} canEdit={hasRole(user, "editor")} />;
}
