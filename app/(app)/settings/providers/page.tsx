import type { Metadata } from "next";
import { ProvidersPanel } from "@/components/settings/providers-panel";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "../../../_server/require-user";

export const metadata: Metadata = { title: "Providers" };

export default async function ProvidersPage() {
  const user = await requireUser("reviewer");
  return (
    <>
      <PageHeader
        title="Providers"
        description="Where completions come from: OpenAI, Anthropic, any OpenAI-compatible server (Ollama, vLLM, OpenRouter…), and the built-in simulated provider that works offline."
      />
      <ProvidersPanel canEdit={hasRole(user, "editor")} />
    </>
  );
}
